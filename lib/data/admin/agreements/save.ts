import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { locales, sourceLocale } from "@/lib/i18n/locales";
import { hasContent } from "@/lib/rich-text";
import { sanitizeRichText } from "@/lib/sanitize";
import { slugFromTitle } from "@/lib/slug";
import { type AgreementForm, type AgreementWrite, agreementWriteSchema } from "@/lib/validation/agreements";
import { validationKeys, type ValidationKey } from "@/lib/validation/form";
import { recordAudit } from "../audit/record";
import { getRevisionSnapshot, recordRevision } from "../shared/revisions";
import { type Conflict, conflictOf, SaveAborted, saveInTransaction } from "../shared/saving";
import { translationClock } from "../shared/translation-states";
import { agreementSnapshotInclude, agreementSnapshotOf } from "./snapshot";

export type { AgreementWrite };

export type SaveAgreementResult =
  | { ok: true; id: string; version: number; slug: string }
  | Conflict
  | { ok: false; error: "slugTaken" }
  | { ok: false; error: "invalidReference"; field: string }
  | { ok: false; error: "invalid"; errors: Record<string, ValidationKey> }
  | { ok: false; error: "notFound" };

type SaveFailure = Exclude<SaveAgreementResult, { ok: true }>;

// The editor's form as a write: empty language versions and empty signatory roles dropped.
export function agreementWriteFromForm(form: AgreementForm): AgreementWrite {
  const translations: AgreementWrite["translations"] = {};
  for (const locale of locales) {
    const t = form.translations[locale];
    if (locale === sourceLocale || t.title || t.summary || hasContent(t.body)) translations[locale] = t;
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
      ) as AgreementWrite["parties"][number]["translations"],
    })),
    translations,
  };
}

// Creates or updates an agreement with its language versions, parties and areas, refusing to
// overwrite a newer save, and records a revision and an audit entry. Every write is checked by
// agreementWriteSchema first, whoever calls.
export async function saveAgreement(
  viewer: Viewer | null,
  write: AgreementWrite,
  action: "save" | "restore" = "save",
): Promise<SaveAgreementResult> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  const parsed = agreementWriteSchema.safeParse(write);
  if (!parsed.success) return { ok: false, error: "invalid", errors: validationKeys(parsed.error) };
  // Two saves claiming one free slug at once: the unique index decides.
  return saveInTransaction<SaveAgreementResult, SaveFailure>(
    (tx) => writeAgreement(tx, editor, parsed.data, action),
    () => ({ ok: false, error: "slugTaken" }),
  );
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
  if (write.id && !before) throw new SaveAborted<SaveFailure>({ ok: false, error: "notFound" });
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
    if (count === 0) throw new SaveAborted<SaveFailure>(await conflictOf(tx, "agreement", before));
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
  await recordAudit(tx, {
    userId: editor.id,
    action: before ? `agreement.${action === "save" ? "update" : action}` : "agreement.create",
    entityType: "agreement",
    entityId: agreementId,
    data: { version, slug, title: snapshot.translations.pl?.title ?? "" },
  });
  return { ok: true, id: agreementId, version, slug };
}

// The document must be a PDF of the library, each party an existing cluster (once), each area an existing one.
async function checkReferences(tx: Prisma.TransactionClient, write: AgreementWrite): Promise<void> {
  if (write.documentId) {
    const document = await tx.media.count({ where: { id: write.documentId, kind: "DOCUMENT" } });
    if (!document) throw new SaveAborted<SaveFailure>({ ok: false, error: "invalidReference", field: "documentId" });
  }
  const clusterIds = write.parties.map((p) => p.clusterId);
  const clusters = new Set(
    (await tx.cluster.findMany({ where: { id: { in: clusterIds } }, select: { id: true } })).map((c) => c.id),
  );
  const bad = clusterIds.findIndex((id, index) => !clusters.has(id) || clusterIds.indexOf(id) !== index);
  if (bad >= 0)
    throw new SaveAborted<SaveFailure>({ ok: false, error: "invalidReference", field: `parties.${bad}.clusterId` });
  const areas = await tx.cooperationArea.count({ where: { id: { in: write.areaIds } } });
  if (areas !== new Set(write.areaIds).size) {
    throw new SaveAborted<SaveFailure>({ ok: false, error: "invalidReference", field: "areaIds" });
  }
}

// A typed slug must be free; one made from the title gets a number when it is not ("…-2").
async function chooseSlug(tx: Prisma.TransactionClient, write: AgreementWrite, id: string | null): Promise<string> {
  const taken = async (slug: string) =>
    (await tx.agreement.count({ where: { slug, ...(id ? { id: { not: id } } : {}) } })) > 0;
  if (write.slug) {
    if (await taken(write.slug)) throw new SaveAborted<SaveFailure>({ ok: false, error: "slugTaken" });
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
  const clock = translationClock(new Date());
  for (const locale of locales) {
    const t = translations[locale];
    const old = before.find((row) => row.locale === locale) ?? null;
    if (!t) {
      if (old) await tx.agreementTranslation.delete({ where: { id: old.id } });
      continue;
    }
    const body = sanitizeRichText(t.body);
    const content = { title: t.title, summary: t.summary || null, body: hasContent(body) ? body : null };
    const changed = !old || old.title !== content.title || old.summary !== content.summary || old.body !== content.body;
    const times = clock(locale, changed, old);
    await tx.agreementTranslation.upsert({
      where: { agreementId_locale: { agreementId, locale } },
      create: { agreementId, locale, ...content, ...times },
      update: { ...content, ...times },
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
  const snapshot = await getRevisionSnapshot(viewer, { type: "agreement", id: agreementId, version: revisionVersion });
  if (!snapshot) return { ok: false, error: "notFound" };
  return saveAgreement(viewer, { ...snapshot, id: agreementId, expectedVersion }, "restore");
}
