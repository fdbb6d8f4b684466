import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { type Completeness, profileCompleteness } from "@/lib/completeness";
import { db } from "@/lib/db";
import { personName } from "@/lib/format";
import { type AppLocale, locales, pickTranslation } from "@/lib/i18n/locales";
import { clusterWriteSchema } from "@/lib/validation/clusters";
import { validationKeys } from "@/lib/validation/form";
import { assertClusterMember } from "@/lib/data/admin/clusters/access";
import {
  type ClusterWrite,
  richTextOrNull,
  type SaveClusterFailure,
  writeCluster,
} from "@/lib/data/admin/clusters/save";
import {
  clusterSnapshotInclude,
  clusterSnapshotOf,
  type ClusterSnapshot,
  clusterSnapshotSchema,
} from "@/lib/data/admin/clusters/snapshot";
import { clusterEditorData, type ClusterEditorData } from "@/lib/data/admin/clusters/queries";
import { recordAudit } from "@/lib/data/admin/audit/record";
import { saveInTransaction } from "@/lib/data/admin/shared/saving";
import { liveTranslationStates } from "@/lib/data/admin/shared/translation-states";
import {
  diffSnapshots,
  getRevisionHistory,
  getRevisionSnapshot,
  type RevisionEntry,
} from "@/lib/data/admin/shared/revisions";

// What a member's form was loaded from: the approved version and the pending proposal (if any).
// A save made from anything older is a conflict, never an overwrite.
export interface ProfileBasis {
  version: number;
  changeId: string | null;
  changeVersion: number;
}

export interface PendingChange {
  id: string;
  version: number;
  updatedAt: string;
  author: string | null;
}

export interface LastDecision {
  status: "APPROVED" | "REJECTED";
  comment: string | null;
  reviewedAt: string;
  reviewer: string | null;
}

export interface MemberProfile {
  /** The profile as the member edits it: the pending proposal if there is one, else the public one. */
  cluster: ClusterEditorData;
  slug: string;
  basis: ProfileBasis;
  pending: PendingChange | null;
  lastDecision: LastDecision | null;
  completeness: Completeness;
}

export type SubmitProfileResult = { ok: true; outcome: "pending" | "published" | "unchanged" } | SaveClusterFailure;

const authorName = { select: { name: true, email: true } } as const;

// The member's own cluster profile for editing, with where its review stands.
export async function getMemberProfile(viewer: Viewer | null): Promise<MemberProfile> {
  const member = assertClusterMember(viewer);
  const [cluster, pending, decided] = await Promise.all([
    db.cluster.findUniqueOrThrow({ where: { id: member.clusterId }, include: clusterSnapshotInclude }),
    db.clusterChange.findFirst({
      where: { clusterId: member.clusterId, status: "PENDING" },
      include: { author: authorName },
    }),
    db.clusterChange.findFirst({
      where: { clusterId: member.clusterId, status: { not: "PENDING" }, reviewedAt: { not: null } },
      orderBy: { reviewedAt: "desc" },
      include: { reviewer: authorName },
    }),
  ]);
  const approved = clusterSnapshotOf(cluster);
  const working = pending ? withEditorFields(clusterSnapshotSchema.parse(pending.snapshot), approved) : approved;
  const states = liveTranslationStates(cluster.translations);
  // A language the proposal changes reads "draft" until an editor approves it.
  for (const locale of locales) {
    if (JSON.stringify(working.translations[locale]) !== JSON.stringify(approved.translations[locale]))
      states[locale] = working.translations[locale] ? "draft" : "missing";
  }
  return {
    cluster: clusterEditorData(working, { id: cluster.id, version: cluster.version, trusted: cluster.trusted }, states),
    slug: cluster.slug,
    basis: { version: cluster.version, changeId: pending?.id ?? null, changeVersion: pending?.version ?? 0 },
    pending: pending
      ? {
          id: pending.id,
          version: pending.version,
          updatedAt: pending.updatedAt.toISOString(),
          author: personName(pending.author),
        }
      : null,
    lastDecision:
      decided && decided.reviewedAt
        ? {
            status: decided.status as LastDecision["status"],
            comment: decided.reviewComment,
            reviewedAt: decided.reviewedAt.toISOString(),
            reviewer: personName(decided.reviewer),
          }
        : null,
    completeness: profileCompleteness(working),
  };
}

// The fields only editors decide (address in the network, slug) always come from the approved profile.
export function withEditorFields(snapshot: ClusterSnapshot, approved: ClusterSnapshot): ClusterSnapshot {
  return { ...snapshot, slug: approved.slug, isUmbrella: approved.isUmbrella, parentId: approved.parentId };
}

// The profile content of a write, without the save's bookkeeping.
function snapshotPart(write: ClusterWrite): ClusterSnapshot {
  const content: ClusterSnapshot & Partial<ClusterWrite> = { ...write };
  delete content.id;
  delete content.expectedVersion;
  delete content.trusted;
  return content;
}

// What a save would store: descriptions sanitized, empty ones as "".
function normalized(snapshot: ClusterSnapshot): ClusterSnapshot {
  const translations: ClusterSnapshot["translations"] = {};
  for (const locale of locales) {
    const t = snapshot.translations[locale];
    if (t) translations[locale] = { ...t, description: richTextOrNull(t.description) ?? "" };
  }
  return { ...snapshot, translations };
}

// A member's save of its own profile: for a trusted cluster it goes live at once (and is
// recorded); otherwise it becomes, or updates, the one proposal awaiting review.
export async function submitMemberProfile(
  viewer: Viewer | null,
  write: ClusterWrite,
  basis: ProfileBasis,
): Promise<SubmitProfileResult> {
  const member = assertClusterMember(viewer);
  // The form names its cluster; any other than the member's own is refused without a trace.
  if (write.id !== member.clusterId) return { ok: false, error: "notFound" };
  return proposeSnapshot(member, write, basis, "cluster.propose");
}

// Brings back an earlier version of the member's own profile, as a proposal like any other save.
export async function restoreMemberRevision(
  viewer: Viewer | null,
  revisionVersion: number,
  basis: ProfileBasis,
): Promise<SubmitProfileResult> {
  const member = assertClusterMember(viewer);
  const snapshot = await getRevisionSnapshot(member, {
    type: "cluster",
    id: member.clusterId,
    version: revisionVersion,
  });
  if (!snapshot) return { ok: false, error: "notFound" };
  // A member may only choose its own cluster's images: an old logo deleted since, or one the
  // editors had picked from their library, gives way to the current logo instead of blocking.
  const [current, ownLogo] = await Promise.all([
    db.cluster.findUniqueOrThrow({ where: { id: member.clusterId }, select: { logoId: true } }),
    snapshot.logoId
      ? db.media.findFirst({
          where: { id: snapshot.logoId, kind: "IMAGE", clusterId: member.clusterId },
          select: { id: true },
        })
      : null,
  ]);
  const logoId = !snapshot.logoId || ownLogo ? snapshot.logoId : current.logoId;
  return proposeSnapshot(
    member,
    { ...snapshot, logoId, id: member.clusterId, expectedVersion: basis.version },
    basis,
    "cluster.proposeRestore",
  );
}

async function proposeSnapshot(
  member: Viewer & { clusterId: string },
  write: ClusterWrite,
  basis: ProfileBasis,
  auditAction: string,
): Promise<SubmitProfileResult> {
  const parsed = clusterWriteSchema.safeParse({ ...write, trusted: undefined });
  if (!parsed.success) return { ok: false, error: "invalid", errors: validationKeys(parsed.error) };
  return saveInTransaction<SubmitProfileResult, SaveClusterFailure>((tx) =>
    writeProposal(tx, member, parsed.data, basis, auditAction),
  );
}

async function writeProposal(
  tx: Prisma.TransactionClient,
  member: Viewer & { clusterId: string },
  write: ClusterWrite,
  basis: ProfileBasis,
  auditAction: string,
): Promise<SubmitProfileResult> {
  // The row lock orders concurrent saves of one cluster: the second sees the first's proposal.
  await tx.$queryRaw`SELECT id FROM "Cluster" WHERE id = ${member.clusterId} FOR UPDATE`;
  const cluster = await tx.cluster.findUniqueOrThrow({
    where: { id: member.clusterId },
    include: clusterSnapshotInclude,
  });
  const pending = await tx.clusterChange.findFirst({
    where: { clusterId: cluster.id, status: "PENDING" },
    include: { author: authorName },
  });
  const stale =
    cluster.version !== basis.version ||
    (pending?.id ?? null) !== basis.changeId ||
    (pending?.version ?? 0) !== basis.changeVersion;
  if (stale) {
    return {
      ok: false,
      error: "conflict",
      version: cluster.version,
      updatedAt: (pending?.updatedAt ?? cluster.updatedAt).toISOString(),
      by: personName(pending?.author ?? null),
    };
  }

  const approved = clusterSnapshotOf(cluster);
  const proposed = normalized(withEditorFields(snapshotPart(write), approved));
  if (proposed.logoId && proposed.logoId !== approved.logoId) {
    const own = await tx.media.findFirst({
      where: { id: proposed.logoId, kind: "IMAGE", clusterId: cluster.id },
      select: { id: true },
    });
    if (!own) return { ok: false, error: "invalid", errors: { logoId: "logoInvalid" } };
  }

  if (cluster.trusted) {
    const result = await writeCluster(
      tx,
      member,
      { ...proposed, id: cluster.id, expectedVersion: cluster.version },
      { action: "save", authorId: member.id },
    );
    if (!result.ok) return result;
    // The proposal this form was loaded from went live with it.
    if (pending) {
      await tx.clusterChange.update({
        where: { id: pending.id },
        data: { status: "APPROVED", reviewedAt: new Date(), version: { increment: 1 } },
      });
    }
    return { ok: true, outcome: "published" };
  }

  if (diffSnapshots(approved, proposed).length === 0) {
    // Back to the public version: nothing is left to review.
    if (pending) await tx.clusterChange.delete({ where: { id: pending.id } });
    return { ok: true, outcome: "unchanged" };
  }
  const snapshot = proposed as unknown as Prisma.InputJsonObject;
  const change = pending
    ? await tx.clusterChange.update({
        where: { id: pending.id },
        data: { snapshot, authorId: member.id, version: { increment: 1 } },
      })
    : await tx.clusterChange.create({
        data: { clusterId: cluster.id, baseVersion: cluster.version, snapshot, authorId: member.id },
      });
  await recordAudit(tx, {
    userId: member.id,
    action: auditAction,
    entityType: "cluster",
    entityId: cluster.id,
    data: { change: change.id, changeVersion: change.version },
  });
  return { ok: true, outcome: "pending" };
}

// Every saved version of the member's own cluster, newest first, with what each changed.
export async function getMemberHistory(viewer: Viewer | null): Promise<RevisionEntry[]> {
  const member = assertClusterMember(viewer);
  return getRevisionHistory(member, { type: "cluster", id: member.clusterId });
}

// The member's cluster as its area's heading names it, in the page's language (Polish if missing).
export async function getMemberCluster(
  viewer: Viewer | null,
  locale: AppLocale,
): Promise<{ id: string; slug: string; name: string; trusted: boolean }> {
  const member = assertClusterMember(viewer);
  const cluster = await db.cluster.findUniqueOrThrow({
    where: { id: member.clusterId },
    select: { id: true, slug: true, trusted: true, translations: { select: { locale: true, name: true } } },
  });
  const name = pickTranslation(cluster.translations, locale)?.translation.name ?? cluster.slug;
  return { id: cluster.id, slug: cluster.slug, name, trusted: cluster.trusted };
}
