import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, locales, pickTranslation, sourceLocale } from "@/lib/i18n/locales";
import { sanitizeRichText } from "@/lib/sanitize";
import { slugFromTitle } from "@/lib/slug";
import type { AgreementForm } from "@/lib/validation/agreements";
import { mediaUrl } from "@/lib/data/media";
import { agreementSnapshotInclude, agreementSnapshotOf, type AgreementSnapshot } from "./snapshot";
import { translationStates, type TranslationState } from "@/lib/data/admin/posts/queries";
import { getRevisionSnapshot, recordRevision } from "@/lib/data/admin/shared/revisions";

// Agreement translations have no status of their own: a saved language version is live.
const asPublished = <T extends object>(rows: T[]) => rows.map((row) => ({ ...row, status: "PUBLISHED" }));

const stateSelect = {
  locale: true,
  title: true,
  contentUpdatedAt: true,
  sourceUpdatedAt: true,
  createdAt: true,
} as const;

export interface AdminAgreementRow {
  id: string;
  slug: string;
  title: string;
  signedAt: string;
  place: string;
  parties: number;
  isDemo: boolean;
  states: Record<AppLocale, TranslationState>;
}

// Every agreement for the admin list, most recently signed first.
export async function listAdminAgreements(viewer: Viewer | null): Promise<AdminAgreementRow[]> {
  assertRole(viewer, EDITOR_ROLES);
  const rows = await db.agreement.findMany({
    orderBy: [{ signedAt: "desc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      signedAt: true,
      place: true,
      isDemo: true,
      translations: { select: stateSelect },
      _count: { select: { parties: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: pickTranslation(row.translations, sourceLocale)?.translation.title ?? row.slug,
    signedAt: row.signedAt.toISOString().slice(0, 10),
    place: row.place,
    parties: row._count.parties,
    isDemo: row.isDemo,
    states: translationStates(asPublished(row.translations)),
  }));
}

export interface AgreementEditorTranslation {
  title: string;
  summary: string;
  body: string;
  state: TranslationState;
}

export interface AgreementEditorParty {
  clusterId: string;
  signatoryName: string;
  roles: Record<AppLocale, string>;
}

export interface AgreementEditorData {
  id: string;
  version: number;
  slug: string;
  signedAt: string;
  place: string;
  documentId: string | null;
  areaIds: string[];
  parties: AgreementEditorParty[];
  translations: Record<AppLocale, AgreementEditorTranslation>;
}

// One agreement as the editor form shows it (every locale, empty where there is no translation).
export async function getAgreementForEditor(viewer: Viewer | null, id: string): Promise<AgreementEditorData | null> {
  assertRole(viewer, EDITOR_ROLES);
  const agreement = await db.agreement.findUnique({
    where: { id },
    include: {
      areas: { select: { areaId: true }, orderBy: { position: "asc" } },
      parties: {
        orderBy: { position: "asc" },
        select: {
          clusterId: true,
          signatoryName: true,
          translations: { select: { locale: true, signatoryRole: true } },
        },
      },
      translations: true,
    },
  });
  if (!agreement) return null;
  const states = translationStates(asPublished(agreement.translations));
  const byLocale = <T>(pick: (locale: AppLocale) => T) =>
    Object.fromEntries(locales.map((l) => [l, pick(l)])) as Record<AppLocale, T>;
  return {
    id: agreement.id,
    version: agreement.version,
    slug: agreement.slug,
    signedAt: agreement.signedAt.toISOString().slice(0, 10),
    place: agreement.place,
    documentId: agreement.documentId,
    areaIds: agreement.areas.map((a) => a.areaId),
    parties: agreement.parties.map((party) => ({
      clusterId: party.clusterId,
      signatoryName: party.signatoryName ?? "",
      roles: byLocale((l) => party.translations.find((t) => t.locale === l)?.signatoryRole ?? ""),
    })),
    translations: byLocale((l) => {
      const t = agreement.translations.find((row) => row.locale === l);
      return { title: t?.title ?? "", summary: t?.summary ?? "", body: t?.body ?? "", state: states[l] };
    }),
  };
}

export interface AgreementEditorOptions {
  clusters: { id: string; name: string }[];
  areas: { id: string; name: string }[];
  documents: { id: string; fileName: string; url: string }[];
  images: { id: string; src: string; alt: string; width?: number; height?: number }[];
}

// Choices offered by the agreement editor: clusters, cooperation areas, PDFs and images of the library.
export async function getAgreementEditorOptions(
  viewer: Viewer | null,
  locale: AppLocale,
): Promise<AgreementEditorOptions> {
  assertRole(viewer, EDITOR_ROLES);
  const nameIn = { where: { locale: { in: [locale, sourceLocale] } } };
  const [clusters, areas, documents, images] = await Promise.all([
    db.cluster.findMany({
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, translations: { ...nameIn, select: { locale: true, name: true } } },
    }),
    db.cooperationArea.findMany({
      orderBy: { createdAt: "asc" },
      select: { id: true, key: true, translations: { ...nameIn, select: { locale: true, name: true } } },
    }),
    db.media.findMany({
      where: { kind: "DOCUMENT" },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { id: true, path: true, fileName: true },
    }),
    db.media.findMany({
      where: { kind: "IMAGE" },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: {
        id: true,
        path: true,
        width: true,
        height: true,
        translations: { ...nameIn, select: { locale: true, alt: true } },
      },
    }),
  ]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, locale);
  return {
    clusters: clusters
      .map((c) => ({ id: c.id, name: pickTranslation(c.translations, locale)?.translation.name ?? c.slug }))
      .sort(byName),
    areas: areas.map((a) => ({ id: a.id, name: pickTranslation(a.translations, locale)?.translation.name ?? a.key })),
    documents: documents.map((d) => ({ id: d.id, fileName: d.fileName, url: mediaUrl(d.path) })),
    images: images.map((m) => ({
      id: m.id,
      src: mediaUrl(m.path),
      alt: pickTranslation(m.translations, locale)?.translation.alt ?? "",
      width: m.width ?? undefined,
      height: m.height ?? undefined,
    })),
  };
}

// What a save writes: the editor's form or a restored revision. An empty slug is made from the Polish title.
export interface AgreementWrite extends AgreementSnapshot {
  id: string | null;
  expectedVersion: number;
}

export type SaveAgreementResult =
  | { ok: true; id: string; version: number; slug: string }
  | { ok: false; error: "conflict"; version: number; updatedAt: string; by: string | null }
  | { ok: false; error: "slugTaken" }
  | { ok: false; error: "invalidReference"; field: string }
  | { ok: false; error: "notFound" };

class SaveAborted extends Error {
  constructor(readonly result: Exclude<SaveAgreementResult, { ok: true }>) {
    super(result.error);
  }
}

const hasText = (html: string) => html.replace(/<[^>]*>/g, "").trim() !== "";

// The editor's form as a write: empty language versions and empty signatory roles dropped.
export function agreementWriteFromForm(form: AgreementForm): AgreementWrite {
  const translations: AgreementWrite["translations"] = {};
  for (const locale of locales) {
    const t = form.translations[locale];
    if (locale === sourceLocale || t.title || t.summary || hasText(t.body)) translations[locale] = t;
  }
  return {
    id: form.id,
    expectedVersion: form.version,
    slug: form.slug,
    signedAt: form.signedAt,
    place: form.place,
    documentId: form.documentId,
    areaIds: [...new Set(form.areaIds)],
    parties: form.parties.map((party) => ({
      clusterId: party.clusterId,
      signatoryName: party.signatoryName,
      translations: Object.fromEntries(
        locales.filter((l) => party.roles[l]).map((l) => [l, { signatoryRole: party.roles[l] }]),
      ),
    })),
    translations,
  };
}

// Creates or updates an agreement with its language versions, parties and areas, refusing to
// overwrite a newer save, and records a revision and an audit entry.
export async function saveAgreement(
  viewer: Viewer | null,
  write: AgreementWrite,
  action = "save",
): Promise<SaveAgreementResult> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  try {
    return await db.$transaction((tx) => writeAgreement(tx, editor, write, action));
  } catch (error) {
    if (error instanceof SaveAborted) return error.result;
    // Two saves claiming one free slug at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, error: "slugTaken" };
    }
    throw error;
  }
}

async function writeAgreement(
  tx: Prisma.TransactionClient,
  editor: Viewer,
  write: AgreementWrite,
  action: string,
): Promise<SaveAgreementResult> {
  const before = write.id
    ? await tx.agreement.findUnique({ where: { id: write.id }, include: agreementSnapshotInclude })
    : null;
  if (write.id && !before) throw new SaveAborted({ ok: false, error: "notFound" });
  await checkReferences(tx, write);

  const slug = await chooseSlug(tx, write, before?.id ?? null);
  const fields = {
    slug,
    signedAt: new Date(`${write.signedAt}T00:00:00Z`),
    place: write.place,
    documentId: write.documentId,
  };

  let agreementId: string;
  let version: number;
  if (before) {
    // Optimistic lock: only the version the editor loaded may be replaced.
    const { count } = await tx.agreement.updateMany({
      where: { id: before.id, version: write.expectedVersion },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) throw new SaveAborted(await conflict(tx, before));
    // Agreements saved before the editor existed (the seed) have no revision: keep their state restorable.
    const baseline = { type: "agreement" as const, id: before.id, version: before.version };
    const recorded = await tx.revision.count({ where: { entityType: "agreement", entityId: before.id } });
    if (recorded === 0) await recordRevision(tx, baseline, agreementSnapshotOf(before), null);
    agreementId = before.id;
    version = write.expectedVersion + 1;
  } else {
    const created = await tx.agreement.create({ data: { ...fields, version: 1 } });
    agreementId = created.id;
    version = 1;
  }

  await writeTranslations(tx, agreementId, before?.translations ?? [], write.translations);
  await writeParties(tx, agreementId, write.parties);
  await tx.agreementArea.deleteMany({ where: { agreementId } });
  const areaIds = [...new Set(write.areaIds)];
  if (areaIds.length) {
    await tx.agreementArea.createMany({ data: areaIds.map((areaId, position) => ({ agreementId, areaId, position })) });
  }

  const after = await tx.agreement.findUniqueOrThrow({ where: { id: agreementId }, include: agreementSnapshotInclude });
  const snapshot = agreementSnapshotOf(after);
  await recordRevision(tx, { type: "agreement", id: agreementId, version }, snapshot, editor.id);
  await tx.auditLog.create({
    data: {
      userId: editor.id,
      action: before ? `agreement.${action === "save" ? "update" : action}` : "agreement.create",
      entityType: "agreement",
      entityId: agreementId,
      data: { version, slug, title: snapshot.translations.pl?.title ?? "" },
    },
  });
  return { ok: true, id: agreementId, version, slug };
}

async function conflict(
  tx: Prisma.TransactionClient,
  before: { id: string; version: number; updatedAt: Date },
): Promise<Exclude<SaveAgreementResult, { ok: true }>> {
  const last = await tx.revision.findFirst({
    where: { entityType: "agreement", entityId: before.id, authorId: { not: null } },
    orderBy: { version: "desc" },
    select: { author: { select: { name: true, email: true } } },
  });
  return {
    ok: false,
    error: "conflict",
    version: before.version,
    updatedAt: before.updatedAt.toISOString(),
    by: last?.author ? (last.author.name ?? last.author.email) : null,
  };
}

// The document must be a PDF of the library, each party an existing cluster (once), each area an existing one.
async function checkReferences(tx: Prisma.TransactionClient, write: AgreementWrite): Promise<void> {
  if (write.documentId) {
    const document = await tx.media.count({ where: { id: write.documentId, kind: "DOCUMENT" } });
    if (!document) throw new SaveAborted({ ok: false, error: "invalidReference", field: "documentId" });
  }
  const clusterIds = write.parties.map((p) => p.clusterId);
  const clusters = new Set(
    (await tx.cluster.findMany({ where: { id: { in: clusterIds } }, select: { id: true } })).map((c) => c.id),
  );
  const bad = clusterIds.findIndex((id, index) => !clusters.has(id) || clusterIds.indexOf(id) !== index);
  if (bad >= 0) throw new SaveAborted({ ok: false, error: "invalidReference", field: `parties.${bad}.clusterId` });
  const areas = await tx.cooperationArea.count({ where: { id: { in: write.areaIds } } });
  if (areas !== new Set(write.areaIds).size) {
    throw new SaveAborted({ ok: false, error: "invalidReference", field: "areaIds" });
  }
}

// A typed slug must be free; one made from the title gets a number when it is not ("…-2").
async function chooseSlug(tx: Prisma.TransactionClient, write: AgreementWrite, id: string | null): Promise<string> {
  const taken = async (slug: string) =>
    (await tx.agreement.count({ where: { slug, ...(id ? { id: { not: id } } : {}) } })) > 0;
  if (write.slug) {
    if (await taken(write.slug)) throw new SaveAborted({ ok: false, error: "slugTaken" });
    return write.slug;
  }
  const base =
    slugFromTitle(write.translations.pl?.title ?? "")
      .slice(0, 190)
      .replace(/-+$/, "") || "porozumienie";
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(slug))) return slug;
  }
}

type BeforeTranslation = {
  id: string;
  locale: string;
  title: string;
  summary: string | null;
  body: string | null;
  contentUpdatedAt: Date;
  sourceUpdatedAt: Date | null;
};

async function writeTranslations(
  tx: Prisma.TransactionClient,
  agreementId: string,
  before: BeforeTranslation[],
  translations: AgreementWrite["translations"],
): Promise<void> {
  const now = new Date();
  // Polish first: the other versions record which Polish content they were translated from.
  let sourceUpdatedAt: Date | null = null;
  for (const locale of locales) {
    const t = translations[locale];
    const old = before.find((row) => row.locale === locale) ?? null;
    if (!t) {
      if (old) await tx.agreementTranslation.delete({ where: { id: old.id } });
      continue;
    }
    const body = sanitizeRichText(t.body);
    const content = { title: t.title, summary: t.summary || null, body: hasText(body) ? body : null };
    const changed = !old || old.title !== content.title || old.summary !== content.summary || old.body !== content.body;
    const contentUpdatedAt = changed ? now : (old?.contentUpdatedAt ?? now);
    if (locale === sourceLocale) sourceUpdatedAt = contentUpdatedAt;
    const source = locale === sourceLocale ? null : changed ? sourceUpdatedAt : (old?.sourceUpdatedAt ?? null);
    await tx.agreementTranslation.upsert({
      where: { agreementId_locale: { agreementId, locale } },
      create: { agreementId, locale, ...content, contentUpdatedAt, sourceUpdatedAt: source },
      update: { ...content, contentUpdatedAt, sourceUpdatedAt: source },
    });
  }
}

async function writeParties(
  tx: Prisma.TransactionClient,
  agreementId: string,
  parties: AgreementWrite["parties"],
): Promise<void> {
  await tx.agreementParty.deleteMany({ where: { agreementId } });
  for (const [position, party] of parties.entries()) {
    const roles = locales.flatMap((locale) => {
      const role = party.translations[locale]?.signatoryRole.trim();
      return role ? [{ locale, signatoryRole: role }] : [];
    });
    await tx.agreementParty.create({
      data: {
        agreementId,
        clusterId: party.clusterId,
        position,
        signatoryName: party.signatoryName.trim() || null,
        translations: { create: roles },
      },
    });
  }
}

// Brings back a revision's content as a new save (the history keeps everything).
export async function restoreAgreementRevision(
  viewer: Viewer | null,
  agreementId: string,
  revisionVersion: number,
  expectedVersion: number,
): Promise<SaveAgreementResult> {
  assertRole(viewer, EDITOR_ROLES);
  const stored = await getRevisionSnapshot(viewer, EDITOR_ROLES, {
    type: "agreement",
    id: agreementId,
    version: revisionVersion,
  });
  if (!stored) return { ok: false, error: "notFound" };
  const snapshot = stored as AgreementSnapshot;
  return saveAgreement(viewer, { ...snapshot, id: agreementId, expectedVersion }, "restore");
}
