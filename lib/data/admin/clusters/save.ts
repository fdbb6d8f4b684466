import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, AuthorizationError, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { locales } from "@/lib/i18n/locales";
import { hasContent } from "@/lib/rich-text";
import { sanitizeRichText } from "@/lib/sanitize";
import { slugFromTitle } from "@/lib/slug";
import {
  type ClusterForm,
  clusterWriteSchema,
  socialNetworks,
  withoutEmptyTranslations,
} from "@/lib/validation/clusters";
import { validationKeys, type ValidationKey } from "@/lib/validation/form";
import { recordAudit } from "../audit/record";
import { getRevisionSnapshot, recordRevision } from "../shared/revisions";
import { type Conflict, conflictOf, SaveAborted, saveInTransaction } from "../shared/saving";
import { translationClock } from "../shared/translation-states";
import { editableClusters } from "./access";
import { clusterSnapshotInclude, clusterSnapshotOf, type ClusterSnapshot } from "./snapshot";

// What a save writes: the editor's form or a restored revision. Checked again by saveCluster.
export interface ClusterWrite extends ClusterSnapshot {
  id: string | null;
  expectedVersion: number;
  /** Editors only: whether the cluster's members publish without review. Unchanged when absent. */
  trusted?: boolean;
}

// How a write is recorded: the audit action, and whose content the revision holds (a member's
// approved proposal is theirs, though an editor applied it).
export interface WriteRecord {
  action: "save" | "restore" | "approve";
  authorId: string;
}

export type SaveClusterResult =
  | { ok: true; id: string; version: number; slug: string }
  | Conflict
  | { ok: false; error: "slugTaken"; slug: string }
  | { ok: false; error: "invalid"; errors: Record<string, ValidationKey> }
  | { ok: false; error: "notFound" };

export type SaveClusterFailure = Exclude<SaveClusterResult, { ok: true }>;

// The editor's form as a write: empty language versions dropped.
export function clusterWriteFromForm(form: ClusterForm): ClusterWrite {
  const { id, version, translations, trusted, ...fields } = form;
  return { ...fields, id, trusted, expectedVersion: version, translations: withoutEmptyTranslations(translations) };
}

// Creates or updates a cluster with every language version and its social links, refusing to
// overwrite a newer save, and records a revision and an audit entry.
export async function saveCluster(
  viewer: Viewer | null,
  write: ClusterWrite,
  action: "save" | "restore" = "save",
): Promise<SaveClusterResult> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  // Only editors add clusters, whoever else may one day edit their own.
  if (!write.id && !EDITOR_ROLES.includes(editor.role)) throw new AuthorizationError();
  const parsed = clusterWriteSchema.safeParse(write);
  // Message keys, not texts: the caller translates them in the visitor's language.
  if (!parsed.success) return { ok: false, error: "invalid", errors: validationKeys(parsed.error) };
  // Two saves claiming one free slug at once: the unique index decides.
  return saveInTransaction<SaveClusterResult, SaveClusterFailure>(
    (tx) => writeCluster(tx, editor, { ...parsed.data, trusted: write.trusted }, { action, authorId: editor.id }),
    () => ({ ok: false, error: "slugTaken", slug: write.slug }),
  );
}

type BeforeCluster = Prisma.ClusterGetPayload<{ include: typeof clusterSnapshotInclude }>;

// The write itself, inside the caller's transaction, for a write already validated by
// clusterWriteSchema: editors (their form, a restore, an approved proposal) and trusted members.
export async function writeCluster(
  tx: Prisma.TransactionClient,
  editor: Viewer,
  write: ClusterWrite,
  record: WriteRecord,
): Promise<SaveClusterResult> {
  const { action } = record;
  const before = write.id
    ? await tx.cluster.findFirst({
        where: { id: write.id, ...editableClusters(editor) },
        include: clusterSnapshotInclude,
      })
    : null;
  if (write.id && !before) throw new SaveAborted<SaveClusterFailure>({ ok: false, error: "notFound" });
  if (before && before.version !== write.expectedVersion)
    throw new SaveAborted<SaveClusterFailure>(await conflictOf(tx, "cluster", before));

  const slug = write.slug || generatedSlug(write.translations.pl?.name ?? "");
  const taken = await tx.cluster.findFirst({
    where: { slug, ...(before ? { NOT: { id: before.id } } : {}) },
    select: { id: true },
  });
  if (taken) throw new SaveAborted<SaveClusterFailure>({ ok: false, error: "slugTaken", slug });
  await checkReferences(tx, editor, write, before);

  const fields = {
    slug,
    isUmbrella: write.isUmbrella,
    parentId: write.parentId,
    logoId: write.logoId,
    website: write.website,
    email: write.email,
    phone: write.phone,
    address: write.address,
    postalCode: write.postalCode,
    city: write.city,
    region: write.region,
    foundedYear: write.foundedYear,
    memberCount: write.memberCount,
    sectors: write.sectors,
    ...(write.trusted !== undefined && EDITOR_ROLES.includes(editor.role) ? { trusted: write.trusted } : {}),
  };
  let clusterId: string;
  let version: number;
  if (before) {
    // Optimistic lock: only the version the editor loaded may be replaced.
    const { count } = await tx.cluster.updateMany({
      where: { id: before.id, version: write.expectedVersion, ...editableClusters(editor) },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) throw new SaveAborted<SaveClusterFailure>(await conflictOf(tx, "cluster", before));
    clusterId = before.id;
    version = write.expectedVersion + 1;
  } else {
    clusterId = (await tx.cluster.create({ data: { ...fields, version: 1 } })).id;
    version = 1;
  }

  await writeTranslations(tx, clusterId, before, write.translations);
  await tx.clusterSocialLink.deleteMany({ where: { clusterId } });
  const links = socialNetworks.flatMap((network) => {
    const url = write.socialLinks[network];
    return url ? [{ clusterId, network, url }] : [];
  });
  if (links.length) await tx.clusterSocialLink.createMany({ data: links });

  const after = await tx.cluster.findUniqueOrThrow({ where: { id: clusterId }, include: clusterSnapshotInclude });
  const snapshot = clusterSnapshotOf(after);
  await recordRevision(tx, { type: "cluster", id: clusterId, version }, snapshot, record.authorId);
  await recordAudit(tx, {
    userId: editor.id,
    action: before ? `cluster.${action === "save" ? "update" : action}` : "cluster.create",
    entityType: "cluster",
    entityId: clusterId,
    data: { version, slug, name: snapshot.translations.pl?.name ?? "" },
  });
  return { ok: true, id: clusterId, version, slug };
}

function generatedSlug(name: string): string {
  return slugFromTitle(name).slice(0, 100).replace(/-+$/, "") || `klaster-${Date.now().toString(36)}`;
}

// A logo must be a library image (for a member: one its cluster uploaded, or the current logo); a
// parent an umbrella network that is neither this cluster nor one of its members; an umbrella keeps
// its flag while clusters still belong to it.
async function checkReferences(
  tx: Prisma.TransactionClient,
  editor: Viewer,
  write: ClusterWrite,
  before: BeforeCluster | null,
) {
  const errors: Record<string, ValidationKey> = {};
  if (write.logoId && write.logoId !== before?.logoId) {
    const scope = EDITOR_ROLES.includes(editor.role) ? {} : { clusterId: editor.clusterId ?? "" };
    const logo = await tx.media.findFirst({
      where: { id: write.logoId, kind: "IMAGE", ...scope },
      select: { id: true },
    });
    if (!logo) errors.logoId = "logoInvalid";
  }
  if (write.parentId) {
    const parent = await tx.cluster.findUnique({ where: { id: write.parentId }, select: { isUmbrella: true } });
    if (!parent?.isUmbrella || (before && (await isAncestorOrSelf(tx, before.id, write.parentId))))
      errors.parentId = "parentInvalid";
  }
  if (before && !write.isUmbrella && (await tx.cluster.count({ where: { parentId: before.id } })) > 0)
    errors.isUmbrella = "umbrellaHasMembers";
  if (Object.keys(errors).length) throw new SaveAborted<SaveClusterFailure>({ ok: false, error: "invalid", errors });
}

// Whether `clusterId` is `startId` or one of its ancestors: setting it as parent would make a loop.
async function isAncestorOrSelf(tx: Prisma.TransactionClient, clusterId: string, startId: string): Promise<boolean> {
  let current: string | null = startId;
  for (let depth = 0; current && depth < 50; depth++) {
    if (current === clusterId) return true;
    const row: { parentId: string | null } | null = await tx.cluster.findUnique({
      where: { id: current },
      select: { parentId: true },
    });
    current = row?.parentId ?? null;
  }
  return false;
}

async function writeTranslations(
  tx: Prisma.TransactionClient,
  clusterId: string,
  before: BeforeCluster | null,
  translations: ClusterWrite["translations"],
): Promise<void> {
  const clock = translationClock(new Date());
  for (const locale of locales) {
    const t = translations[locale];
    const old = before?.translations.find((row) => row.locale === locale) ?? null;
    if (!t) {
      if (old) await tx.clusterTranslation.delete({ where: { id: old.id } });
      continue;
    }
    const content = {
      name: t.name,
      shortDescription: t.shortDescription || null,
      description: richTextOrNull(t.description),
    };
    const changed =
      !old ||
      old.name !== content.name ||
      old.shortDescription !== content.shortDescription ||
      old.description !== content.description;
    const times = clock(locale, changed, old);
    await tx.clusterTranslation.upsert({
      where: { clusterId_locale: { clusterId, locale } },
      create: { clusterId, locale, ...content, ...times },
      update: { ...content, ...times },
    });
  }
}

// Sanitized HTML, or null when nothing visible is left (an empty editor sends "<p></p>").
export function richTextOrNull(html: string): string | null {
  const clean = sanitizeRichText(html);
  return hasContent(clean) ? clean : null;
}

// Brings back a revision's content as a new save (the history keeps everything).
export async function restoreClusterRevision(
  viewer: Viewer | null,
  clusterId: string,
  revisionVersion: number,
  expectedVersion: number,
): Promise<SaveClusterResult> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  const cluster = await db.cluster.findFirst({
    where: { id: clusterId, ...editableClusters(editor) },
    select: { id: true },
  });
  if (!cluster) return { ok: false, error: "notFound" };
  const snapshot = await getRevisionSnapshot(viewer, { type: "cluster", id: clusterId, version: revisionVersion });
  if (!snapshot) return { ok: false, error: "notFound" };
  // A logo deleted since, or a parent no longer an umbrella, is left out rather than blocking the restore.
  const [logo, parent] = await Promise.all([
    snapshot.logoId
      ? db.media.findFirst({ where: { id: snapshot.logoId, kind: "IMAGE" }, select: { id: true } })
      : null,
    snapshot.parentId
      ? db.cluster.findFirst({ where: { id: snapshot.parentId, isUmbrella: true }, select: { id: true } })
      : null,
  ]);
  return saveCluster(
    viewer,
    { ...snapshot, logoId: logo?.id ?? null, parentId: parent?.id ?? null, id: clusterId, expectedVersion },
    "restore",
  );
}
