import "server-only";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, sourceLocale } from "@/lib/i18n/locales";
import { personName } from "@/lib/format";
import { clusterWriteSchema } from "@/lib/validation/clusters";
import { validationKeys, type ValidationKey } from "@/lib/validation/form";
import { mediaUrl } from "@/lib/data/media";
import { sendReviewEmail } from "@/lib/data/member/emails";
import { withEditorFields } from "@/lib/data/member/profile";
import { recordAudit } from "../audit/record";
import { SaveAborted, saveInTransaction } from "../shared/saving";
import { type SaveClusterFailure, writeCluster } from "./save";
import { clusterSnapshotInclude, clusterSnapshotOf, clusterSnapshotSchema } from "./snapshot";
import { diffSnapshots, type FieldChange } from "@/lib/data/admin/shared/revisions";

export interface ReviewQueueRow {
  id: string;
  clusterId: string;
  clusterName: string;
  author: string | null;
  updatedAt: string;
  /** The public profile changed since the member started: approving replaces those changes too. */
  stale: boolean;
}

export interface ChangeReview extends ReviewQueueRow {
  version: number;
  clusterSlug: string;
  /** Field by field and language by language: the public profile now → the member's proposal. */
  changes: FieldChange[];
  logo: { before: string | null; after: string | null } | null;
}

interface Decided {
  ok: true;
  author: { email: string; locale: AppLocale } | null;
  cluster: string;
}

export type ReviewResult =
  | { ok: true }
  | { ok: false; error: "notFound" | "conflict" }
  | { ok: false; error: "invalid"; errors: Record<string, ValidationKey> };

const reviewInclude = {
  author: { select: { name: true, email: true } },
  cluster: { include: clusterSnapshotInclude },
} as const;

// Proposals awaiting review, oldest first (the fairest order for a queue).
export async function listPendingChanges(viewer: Viewer | null): Promise<ReviewQueueRow[]> {
  assertRole(viewer, EDITOR_ROLES);
  const changes = await db.clusterChange.findMany({
    where: { status: "PENDING" },
    orderBy: { updatedAt: "asc" },
    include: {
      author: { select: { name: true, email: true } },
      cluster: { select: { version: true, slug: true, translations: { where: { locale: sourceLocale } } } },
    },
  });
  return changes.map((c) => ({
    id: c.id,
    clusterId: c.clusterId,
    clusterName: c.cluster.translations[0]?.name ?? c.cluster.slug,
    author: personName(c.author),
    updatedAt: c.updatedAt.toISOString(),
    stale: c.baseVersion !== c.cluster.version,
  }));
}

// How many proposals wait, for the editors' navigation.
export async function countPendingReviews(viewer: Viewer | null): Promise<number> {
  assertRole(viewer, EDITOR_ROLES);
  const [changes, proposals] = await Promise.all([
    db.clusterChange.count({ where: { status: "PENDING" } }),
    db.post.count({ where: { proposedClusterId: { not: null }, status: "DRAFT" } }),
  ]);
  return changes + proposals;
}

// One proposal with its changes against the public profile as it is now.
export async function getChangeForReview(viewer: Viewer | null, id: string): Promise<ChangeReview | null> {
  assertRole(viewer, EDITOR_ROLES);
  const change = await db.clusterChange.findFirst({ where: { id, status: "PENDING" }, include: reviewInclude });
  if (!change) return null;
  const current = clusterSnapshotOf(change.cluster);
  const proposed = withEditorFields(clusterSnapshotSchema.parse(change.snapshot), current);
  const logoIds = [current.logoId, proposed.logoId].filter((v): v is string => Boolean(v));
  const logos = await db.media.findMany({ where: { id: { in: logoIds } }, select: { id: true, path: true } });
  const logoUrl = (logoId: string | null) => {
    const media = logos.find((m) => m.id === logoId);
    return media ? mediaUrl(media.path) : null;
  };
  return {
    id: change.id,
    version: change.version,
    clusterId: change.clusterId,
    clusterSlug: change.cluster.slug,
    clusterName: current.translations.pl?.name ?? change.cluster.slug,
    author: personName(change.author),
    updatedAt: change.updatedAt.toISOString(),
    stale: change.baseVersion !== change.cluster.version,
    // The logo is shown as pictures, not as ids.
    changes: diffSnapshots(current, proposed).filter((c) => c.path !== "logoId"),
    logo:
      current.logoId !== proposed.logoId ? { before: logoUrl(current.logoId), after: logoUrl(proposed.logoId) } : null,
  };
}

// Approves (the proposal goes public as a new version, recorded as the member's) or rejects it
// with a comment; either way its author is told by e-mail in their language.
export async function reviewClusterChange(
  viewer: Viewer | null,
  input: { id: string; version: number; decision: "approve" | "reject"; comment: string | null },
): Promise<ReviewResult> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  const outcome = await saveInTransaction<Decided, SaveClusterFailure>(async (tx) => {
    // Locks in the order a member's save takes them (the cluster, then its change), so an
    // approval and a save at the same moment queue up instead of deadlocking.
    const target = await tx.clusterChange.findUnique({ where: { id: input.id }, select: { clusterId: true } });
    if (!target) throw new SaveAborted<SaveClusterFailure>({ ok: false, error: "notFound" });
    await tx.$queryRaw`SELECT id FROM "Cluster" WHERE id = ${target.clusterId} FOR UPDATE`;
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "ClusterChange" WHERE id = ${input.id} AND status = 'PENDING' FOR UPDATE`;
    if (locked.length === 0) throw new SaveAborted<SaveClusterFailure>({ ok: false, error: "notFound" });
    const change = await tx.clusterChange.findUniqueOrThrow({
      where: { id: input.id },
      include: { ...reviewInclude, author: { select: { email: true, locale: true, disabledAt: true } } },
    });
    // The member saved again since the editor opened it: the editor must see that version first.
    if (change.version !== input.version)
      throw new SaveAborted<SaveClusterFailure>({
        ok: false,
        error: "conflict",
        version: change.version,
        updatedAt: change.updatedAt.toISOString(),
        by: null,
      });
    const current = clusterSnapshotOf(change.cluster);
    const snapshot = clusterSnapshotSchema.parse(change.snapshot);
    if (input.decision === "approve") {
      const proposed = withEditorFields(snapshot, current);
      const logo = proposed.logoId
        ? await tx.media.findFirst({ where: { id: proposed.logoId, kind: "IMAGE" }, select: { id: true } })
        : null;
      const parsed = clusterWriteSchema.safeParse({
        ...proposed,
        logoId: logo?.id ?? null,
        id: change.clusterId,
        expectedVersion: change.cluster.version,
      });
      if (!parsed.success)
        throw new SaveAborted<SaveClusterFailure>({
          ok: false,
          error: "invalid",
          errors: validationKeys(parsed.error),
        });
      const written = await writeCluster(tx, editor, parsed.data, {
        action: "approve",
        authorId: change.authorId ?? editor.id,
      });
      if (!written.ok) throw new SaveAborted(written);
    }
    await tx.clusterChange.update({
      where: { id: change.id },
      data: {
        status: input.decision === "approve" ? "APPROVED" : "REJECTED",
        reviewerId: editor.id,
        reviewComment: input.comment,
        reviewedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (input.decision === "reject") {
      await recordAudit(tx, {
        userId: editor.id,
        action: "cluster.reject",
        entityType: "cluster",
        entityId: change.clusterId,
        data: { change: change.id },
      });
    }
    const author = change.author && !change.author.disabledAt ? change.author : null;
    // The e-mail names the cluster as it is after the decision (an approval may rename it).
    const named = input.decision === "approve" ? snapshot : current;
    return {
      ok: true as const,
      author,
      cluster:
        named.translations[author?.locale ?? sourceLocale]?.name ?? named.translations.pl?.name ?? change.cluster.slug,
    };
  });
  if (!outcome.ok) {
    if (outcome.error === "invalid") return outcome;
    return { ok: false, error: outcome.error === "conflict" ? "conflict" : "notFound" };
  }
  const { author, cluster } = outcome;
  if (author) {
    const decision = input.decision === "approve" ? "approved" : "rejected";
    // The decision is stored; a mail server that fails must not turn it into an error.
    await sendReviewEmail(author, { decision, cluster, comment: input.comment }).catch((error: unknown) =>
      console.error("review e-mail failed", error),
    );
  }
  return { ok: true };
}
