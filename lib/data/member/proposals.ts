import "server-only";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, pickTranslation, sourceLocale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import { sanitizeRichText } from "@/lib/sanitize";
import { slugFromTitle } from "@/lib/slug";
import { type ProposalInput, proposalSchema } from "@/lib/validation/proposals";
import { assertClusterMember } from "@/lib/data/admin/clusters/access";
import { postSnapshotInclude, postSnapshotOf } from "@/lib/data/admin/posts/snapshot";
import { recordRevision } from "@/lib/data/admin/shared/revisions";
import { sendProposalDeclinedEmail } from "./emails";
import { recordAudit } from "@/lib/data/admin/audit/record";

export type ProposalState = "review" | "scheduled" | "published" | "declined";

export interface ProposalRow {
  id: string;
  title: string;
  language: AppLocale;
  state: ProposalState;
  createdAt: string;
  publishedAt: string | null;
  /** The public path once published, in the proposal's language if it is public in it (may be
   * another locale than the page's, so a string and a plain link: next-intl's Link with `locale`
   * would also switch the visitor's language cookie). */
  url: string | null;
  comment: string | null;
  author: string | null;
}

export interface ProposedPostRow {
  id: string;
  title: string;
  language: AppLocale;
  clusterName: string;
  author: string | null;
  createdAt: string;
}

const nameOf = (user: { name: string | null; email: string } | null) => (user ? (user.name ?? user.email) : null);

// A member proposes a news post about its cluster: a draft for the editors, linked to the cluster.
export async function proposePost(viewer: Viewer | null, input: ProposalInput): Promise<{ id: string }> {
  const member = assertClusterMember(viewer);
  const data = proposalSchema.parse(input);
  return db.$transaction(async (tx) => {
    const post = await tx.post.create({
      data: {
        status: "DRAFT",
        proposedClusterId: member.clusterId,
        proposedById: member.id,
        authorName: member.name,
        clusters: { create: { clusterId: member.clusterId, position: 0 } },
      },
    });
    const base = slugFromTitle(data.title).slice(0, 180).replace(/-+$/, "") || "post";
    // Unique per language: the post's own id settles a clash with an existing slug.
    const taken = await tx.postTranslation.findFirst({ where: { locale: data.language, slug: base } });
    await tx.postTranslation.create({
      data: {
        postId: post.id,
        locale: data.language,
        status: "DRAFT",
        title: data.title,
        slug: taken ? `${base}-${post.id.slice(-6)}` : base,
        excerpt: data.excerpt || null,
        body: sanitizeRichText(data.body),
        // A translation made from no Polish source is not "outdated" against it.
        sourceUpdatedAt: data.language === sourceLocale ? null : new Date(),
      },
    });
    const saved = await tx.post.findUniqueOrThrow({ where: { id: post.id }, include: postSnapshotInclude });
    await recordRevision(tx, { type: "post", id: post.id, version: 1 }, postSnapshotOf(saved), member.id);
    await recordAudit(tx, {
      userId: member.id,
      action: "post.propose",
      entityType: "post",
      entityId: post.id,
      data: { cluster: member.clusterId, title: data.title },
    });
    return { id: post.id };
  });
}

function stateOf(post: { status: string; reviewComment: string | null }): ProposalState {
  if (post.status === "PUBLISHED") return "published";
  if (post.status === "SCHEDULED") return "scheduled";
  if (post.status === "ARCHIVED") return "declined";
  return "review";
}

// The member's cluster's proposals, newest first, with where each stands.
export async function listMemberProposals(viewer: Viewer | null): Promise<ProposalRow[]> {
  const member = assertClusterMember(viewer);
  const posts = await db.post.findMany({
    where: { proposedClusterId: member.clusterId },
    orderBy: { createdAt: "desc" },
    include: {
      proposedBy: { select: { name: true, email: true } },
      translations: { select: { locale: true, title: true, slug: true, status: true }, orderBy: { createdAt: "asc" } },
    },
  });
  return posts.map((post) => {
    const first = post.translations[0];
    const language = first?.locale ?? sourceLocale;
    const live =
      post.status === "PUBLISHED"
        ? pickTranslation(
            post.translations.filter((t) => t.status === "PUBLISHED"),
            language,
          )
        : null;
    return {
      id: post.id,
      title: first?.title ?? "",
      language,
      state: stateOf(post),
      createdAt: post.createdAt.toISOString(),
      publishedAt: post.publishedAt?.toISOString() ?? null,
      url: live ? getPathname({ locale: live.translation.locale, href: `/news/${live.translation.slug}` }) : null,
      comment: post.status === "ARCHIVED" ? post.reviewComment : null,
      author: nameOf(post.proposedBy),
    };
  });
}

// Proposals waiting for the editors (still drafts), oldest first.
export async function listProposedPosts(viewer: Viewer | null): Promise<ProposedPostRow[]> {
  assertRole(viewer, EDITOR_ROLES);
  const posts = await db.post.findMany({
    where: { proposedClusterId: { not: null }, status: "DRAFT" },
    orderBy: { createdAt: "asc" },
    include: {
      proposedBy: { select: { name: true, email: true } },
      proposedCluster: {
        select: { slug: true, translations: { where: { locale: sourceLocale }, select: { name: true } } },
      },
      translations: { select: { locale: true, title: true }, orderBy: { createdAt: "asc" }, take: 1 },
    },
  });
  return posts.map((post) => ({
    id: post.id,
    title: post.translations[0]?.title ?? "",
    language: post.translations[0]?.locale ?? sourceLocale,
    clusterName: post.proposedCluster?.translations[0]?.name ?? post.proposedCluster?.slug ?? "",
    author: nameOf(post.proposedBy),
    createdAt: post.createdAt.toISOString(),
  }));
}

// Editors decline a proposal that is still a draft: it is archived with the reason, and the
// member who proposed it is told by e-mail in their language.
export async function declineProposal(
  viewer: Viewer | null,
  input: { id: string; comment: string },
): Promise<{ ok: boolean }> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  const { count } = await db.post.updateMany({
    where: { id: input.id, proposedClusterId: { not: null }, status: "DRAFT" },
    data: { status: "ARCHIVED", reviewComment: input.comment, version: { increment: 1 } },
  });
  if (count === 0) return { ok: false };
  const post = await db.post.findUniqueOrThrow({
    where: { id: input.id },
    include: {
      proposedBy: { select: { email: true, locale: true, disabledAt: true } },
      proposedCluster: { select: { slug: true, translations: { select: { locale: true, name: true } } } },
      translations: { select: { title: true }, orderBy: { createdAt: "asc" }, take: 1 },
    },
  });
  await recordAudit(db, {
    userId: editor.id,
    action: "post.decline",
    entityType: "post",
    entityId: post.id,
    data: { comment: input.comment },
  });
  const to = post.proposedBy;
  if (to && !to.disabledAt) {
    const cluster =
      (post.proposedCluster && pickTranslation(post.proposedCluster.translations, to.locale)?.translation.name) ??
      post.proposedCluster?.slug ??
      "";
    await sendProposalDeclinedEmail(to, {
      title: post.translations[0]?.title ?? "",
      cluster,
      comment: input.comment,
    }).catch((error: unknown) => console.error("proposal e-mail failed", error));
  }
  return { ok: true };
}
