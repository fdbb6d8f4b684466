import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, locales, sourceLocale } from "@/lib/i18n/locales";
import { sanitizeRichText } from "@/lib/sanitize";
import { slugFromTitle } from "@/lib/slug";
import type { PostForm } from "@/lib/validation/posts";
import { fromWarsawInput } from "@/lib/warsaw-time";
import { getRevisionSnapshot, recordRevision } from "@/lib/data/admin/shared/revisions";
import { postSnapshotInclude, type PostSnapshot, type PostTranslationSnapshot, snapshotOf } from "./snapshot";

// What a save writes: the editor's form or a restored revision, already validated.
export interface PostWrite {
  id: string | null;
  expectedVersion: number;
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED";
  publishedAt: Date | null;
  authorName: string;
  coverId: string | null;
  agreementId: string | null;
  tagIds: string[];
  clusterIds: string[];
  translations: Partial<Record<AppLocale, PostTranslationSnapshot>>;
}

export type SavePostResult =
  | { ok: true; id: string; version: number; slugs: Partial<Record<AppLocale, string>> }
  | { ok: false; error: "conflict"; version: number; updatedAt: string; by: string | null }
  | { ok: false; error: "slugTaken"; locale: AppLocale }
  | { ok: false; error: "notFound" };

class SaveAborted extends Error {
  constructor(readonly result: Exclude<SavePostResult, { ok: true }>) {
    super(result.error);
  }
}

// The editor's form as a write: empty language versions dropped, the publish time decided.
export function postWriteFromForm(form: PostForm, now = new Date()): PostWrite {
  const typed = form.publishAt ? fromWarsawInput(form.publishAt) : null;
  let status = form.status;
  let publishedAt = typed;
  // "Published" with a future time is a schedule; without a time it goes out now.
  if (status === "PUBLISHED" && typed && typed > now) status = "SCHEDULED";
  if (status === "PUBLISHED" && !typed) publishedAt = null;
  const translations: PostWrite["translations"] = {};
  for (const locale of locales) {
    const t = form.translations[locale];
    const empty = !t.title && !t.body.replace(/<[^>]*>/g, "").trim() && !t.excerpt;
    if (!empty || locale === sourceLocale) translations[locale] = t;
  }
  return {
    id: form.id,
    expectedVersion: form.version,
    status,
    publishedAt,
    authorName: form.authorName,
    coverId: form.coverId,
    agreementId: form.agreementId,
    tagIds: [...new Set(form.tagIds)],
    clusterIds: [...new Set(form.clusterIds)],
    translations,
  };
}

// Creates or updates a post with every language version, refusing to overwrite a newer save,
// keeping old slugs as redirects and recording a revision and an audit entry.
export async function savePost(viewer: Viewer | null, write: PostWrite, action = "save"): Promise<SavePostResult> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  try {
    return await db.$transaction((tx) => writePost(tx, editor, write, action));
  } catch (error) {
    if (error instanceof SaveAborted) return error.result;
    throw error;
  }
}

async function writePost(
  tx: Prisma.TransactionClient,
  editor: Viewer,
  write: PostWrite,
  action: string,
): Promise<SavePostResult> {
  const now = new Date();
  const before = write.id ? await tx.post.findUnique({ where: { id: write.id }, include: postSnapshotInclude }) : null;
  if (write.id && !before) throw new SaveAborted({ ok: false, error: "notFound" });

  const publishedAt =
    write.status === "PUBLISHED"
      ? (write.publishedAt ?? (before?.status === "PUBLISHED" ? before.publishedAt : null) ?? now)
      : write.publishedAt;
  const fields = {
    status: write.status,
    publishedAt,
    authorName: write.authorName || null,
    coverId: write.coverId,
    agreementId: write.agreementId,
  };

  let postId: string;
  let version: number;
  if (before) {
    // Optimistic lock: only the version the editor loaded may be replaced.
    const { count } = await tx.post.updateMany({
      where: { id: before.id, version: write.expectedVersion },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) {
      const last = await tx.revision.findFirst({
        where: { entityType: "post", entityId: before.id },
        orderBy: { version: "desc" },
        select: { author: { select: { name: true, email: true } } },
      });
      throw new SaveAborted({
        ok: false,
        error: "conflict",
        version: before.version,
        updatedAt: before.updatedAt.toISOString(),
        by: last?.author ? (last.author.name ?? last.author.email) : null,
      });
    }
    postId = before.id;
    version = write.expectedVersion + 1;
  } else {
    const created = await tx.post.create({ data: { ...fields, authorId: editor.id, version: 1 } });
    postId = created.id;
    version = 1;
  }

  const slugs = await writeTranslations(tx, postId, before, write.translations, now);

  await tx.postTag.deleteMany({ where: { postId } });
  if (write.tagIds.length) await tx.postTag.createMany({ data: write.tagIds.map((tagId) => ({ postId, tagId })) });
  await tx.postCluster.deleteMany({ where: { postId } });
  if (write.clusterIds.length) {
    await tx.postCluster.createMany({
      data: write.clusterIds.map((clusterId, position) => ({ postId, clusterId, position })),
    });
  }

  const after = await tx.post.findUniqueOrThrow({ where: { id: postId }, include: postSnapshotInclude });
  const snapshot = snapshotOf(after);
  await recordRevision(tx, { type: "post", id: postId, version }, snapshot, editor.id);
  await tx.auditLog.create({
    data: {
      userId: editor.id,
      action: before ? `post.${action === "save" ? "update" : action}` : "post.create",
      entityType: "post",
      entityId: postId,
      data: { version, status: snapshot.status, title: snapshot.translations.pl?.title ?? "" },
    },
  });
  return { ok: true, id: postId, version, slugs };
}

type BeforePost = Prisma.PostGetPayload<{ include: typeof postSnapshotInclude }> | null;

async function writeTranslations(
  tx: Prisma.TransactionClient,
  postId: string,
  before: BeforePost,
  translations: PostWrite["translations"],
  now: Date,
): Promise<Partial<Record<AppLocale, string>>> {
  const slugs: Partial<Record<AppLocale, string>> = {};
  // Polish first: the other versions record which Polish content they were translated from.
  let sourceUpdatedAt: Date | null = null;
  for (const locale of locales) {
    const t = translations[locale];
    const old = before?.translations.find((row) => row.locale === locale) ?? null;
    if (!t) {
      if (old) await tx.postTranslation.delete({ where: { id: old.id } });
      continue;
    }
    const slug = t.slug || slugFromTitle(t.title) || `post-${postId.slice(-8)}`;
    const taken = await tx.postTranslation.findFirst({
      where: { locale, slug, postId: { not: postId } },
      select: { id: true },
    });
    if (taken) throw new SaveAborted({ ok: false, error: "slugTaken", locale });

    const body = sanitizeRichText(t.body);
    const content = {
      title: t.title,
      slug,
      excerpt: t.excerpt || null,
      body,
      seoTitle: t.seoTitle || null,
      seoDescription: t.seoDescription || null,
      status: t.publish ? ("PUBLISHED" as const) : ("DRAFT" as const),
    };
    const changed = !old || old.title !== t.title || (old.excerpt ?? "") !== t.excerpt || old.body !== body;
    const contentUpdatedAt = changed ? now : (old?.contentUpdatedAt ?? now);
    if (locale === sourceLocale) sourceUpdatedAt = contentUpdatedAt;
    const source = locale === sourceLocale ? null : changed ? sourceUpdatedAt : (old?.sourceUpdatedAt ?? null);
    await tx.postTranslation.upsert({
      where: { postId_locale: { postId, locale } },
      create: { postId, locale, ...content, contentUpdatedAt, sourceUpdatedAt: source },
      update: { ...content, contentUpdatedAt, sourceUpdatedAt: source },
    });

    // The live slug wins over any redirect; an old published slug keeps answering.
    await tx.postSlugRedirect.deleteMany({ where: { locale, slug } });
    if (old && old.slug !== slug && old.status === "PUBLISHED") {
      await tx.postSlugRedirect.create({ data: { postId, locale, slug: old.slug } });
    }
    slugs[locale] = slug;
  }
  return slugs;
}

// Brings back a revision's content as a new save (the history keeps everything).
export async function restorePostRevision(
  viewer: Viewer | null,
  postId: string,
  revisionVersion: number,
  expectedVersion: number,
): Promise<SavePostResult> {
  assertRole(viewer, EDITOR_ROLES);
  const stored = await getRevisionSnapshot(viewer, EDITOR_ROLES, {
    type: "post",
    id: postId,
    version: revisionVersion,
  });
  if (!stored) return { ok: false, error: "notFound" };
  const snapshot = stored as PostSnapshot;
  const publishedAt = snapshot.publishedAt ? new Date(snapshot.publishedAt) : null;
  const status =
    snapshot.status === "SCHEDULED" && publishedAt && publishedAt <= new Date()
      ? "PUBLISHED"
      : snapshot.status === "ARCHIVED"
        ? "DRAFT"
        : snapshot.status;
  return savePost(
    viewer,
    {
      id: postId,
      expectedVersion,
      status,
      publishedAt,
      authorName: snapshot.authorName,
      coverId: snapshot.coverId,
      agreementId: snapshot.agreementId,
      tagIds: snapshot.tagIds,
      clusterIds: snapshot.clusterIds,
      translations: snapshot.translations,
    },
    "restore",
  );
}

// Takes a post off the site (back to draft), keeping its content and history.
export async function unpublishPost(
  viewer: Viewer | null,
  postId: string,
  expectedVersion: number,
): Promise<SavePostResult> {
  assertRole(viewer, EDITOR_ROLES);
  const post = await db.post.findUnique({ where: { id: postId }, include: postSnapshotInclude });
  if (!post) return { ok: false, error: "notFound" };
  const snapshot = snapshotOf(post);
  return savePost(
    viewer,
    {
      id: postId,
      expectedVersion,
      status: "DRAFT",
      publishedAt: post.publishedAt,
      authorName: snapshot.authorName,
      coverId: snapshot.coverId,
      agreementId: snapshot.agreementId,
      tagIds: snapshot.tagIds,
      clusterIds: snapshot.clusterIds,
      translations: snapshot.translations,
    },
    "unpublish",
  );
}
