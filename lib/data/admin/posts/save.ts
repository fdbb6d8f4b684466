import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, locales, sourceLocale } from "@/lib/i18n/locales";
import { hasContent } from "@/lib/rich-text";
import { sanitizeRichText } from "@/lib/sanitize";
import { slugFromTitle } from "@/lib/slug";
import { validationKeys, type ValidationKey } from "@/lib/validation/form";
import { type PostForm, type PostWrite, postWriteSchema } from "@/lib/validation/posts";
import { fromWarsawInput } from "@/lib/warsaw-time";
import { recordAudit } from "../audit/record";
import { getRevisionSnapshot, recordRevision } from "../shared/revisions";
import { type Conflict, conflictOf, SaveAborted, saveInTransaction } from "../shared/saving";
import { translationClock } from "../shared/translation-states";
import { postSnapshotInclude, type PostSnapshot, postSnapshotOf } from "./snapshot";

export type { PostWrite };

export type SavePostResult =
  | { ok: true; id: string; version: number; slugs: Partial<Record<AppLocale, string>> }
  | Conflict
  | { ok: false; error: "slugTaken"; locale: AppLocale }
  | { ok: false; error: "invalid"; errors: Record<string, ValidationKey> }
  | { ok: false; error: "notFound" };

type SaveFailure = Exclude<SavePostResult, { ok: true }>;

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
    const empty = !t.title && !hasContent(t.body) && !t.excerpt;
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

// A stored version as a write of the same post: the content as it was, with a status that still
// makes sense today (a schedule whose time has passed publishes, an archived post is a draft).
function writeOfSnapshot(id: string, expectedVersion: number, snapshot: PostSnapshot): PostWrite {
  const publishedAt = snapshot.publishedAt ? new Date(snapshot.publishedAt) : null;
  const status =
    snapshot.status === "SCHEDULED" && publishedAt && publishedAt <= new Date()
      ? "PUBLISHED"
      : snapshot.status === "ARCHIVED"
        ? "DRAFT"
        : snapshot.status;
  return { ...snapshot, id, expectedVersion, status, publishedAt };
}

// Creates or updates a post with every language version, refusing to overwrite a newer save,
// keeping old slugs as redirects and recording a revision and an audit entry. Every write is
// checked by postWriteSchema first, whoever calls.
export async function savePost(
  viewer: Viewer | null,
  write: PostWrite,
  action: "save" | "restore" | "unpublish" = "save",
): Promise<SavePostResult> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  const parsed = postWriteSchema.safeParse(write);
  if (!parsed.success) return { ok: false, error: "invalid", errors: validationKeys(parsed.error) };
  return saveInTransaction<SavePostResult, SaveFailure>((tx) => writePost(tx, editor, parsed.data, action));
}

async function writePost(
  tx: Prisma.TransactionClient,
  editor: Viewer,
  write: PostWrite,
  action: string,
): Promise<SavePostResult> {
  const now = new Date();
  const before = write.id ? await tx.post.findUnique({ where: { id: write.id }, include: postSnapshotInclude }) : null;
  if (write.id && !before) throw new SaveAborted<SaveFailure>({ ok: false, error: "notFound" });

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
    if (count === 0) throw new SaveAborted<SaveFailure>(await conflictOf(tx, "post", before));
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
  const snapshot = postSnapshotOf(after);
  await recordRevision(tx, { type: "post", id: postId, version }, snapshot, editor.id);
  await recordAudit(tx, {
    userId: editor.id,
    action: before ? `post.${action === "save" ? "update" : action}` : "post.create",
    entityType: "post",
    entityId: postId,
    data: { version, status: snapshot.status, title: snapshot.translations.pl?.title ?? "" },
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
  const clock = translationClock(now);
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
    if (taken) throw new SaveAborted<SaveFailure>({ ok: false, error: "slugTaken", locale });

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
    const times = clock(locale, changed, old);
    await tx.postTranslation.upsert({
      where: { postId_locale: { postId, locale } },
      create: { postId, locale, ...content, ...times },
      update: { ...content, ...times },
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
  const snapshot = await getRevisionSnapshot(viewer, { type: "post", id: postId, version: revisionVersion });
  if (!snapshot) return { ok: false, error: "notFound" };
  return savePost(viewer, writeOfSnapshot(postId, expectedVersion, snapshot), "restore");
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
  const snapshot = postSnapshotOf(post);
  return savePost(
    viewer,
    { ...snapshot, id: postId, expectedVersion, status: "DRAFT", publishedAt: post.publishedAt },
    "unpublish",
  );
}
