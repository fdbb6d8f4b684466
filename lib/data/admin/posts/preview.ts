import "server-only";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, pickTranslation } from "@/lib/i18n/locales";
import { type PostLookup, queryPostBySlug } from "@/lib/data/posts";

// An article as visitors will see it, drafts included; editors only (draft mode).
export async function getPostPreview(viewer: Viewer | null, locale: AppLocale, slug: string): Promise<PostLookup> {
  assertRole(viewer, EDITOR_ROLES);
  return queryPostBySlug(locale, slug, true);
}

// The slug to open a post's preview at in a locale (its own version, else the Polish one).
export async function previewSlug(viewer: Viewer | null, postId: string, locale: AppLocale): Promise<string | null> {
  assertRole(viewer, EDITOR_ROLES);
  const translations = await db.postTranslation.findMany({ where: { postId }, select: { locale: true, slug: true } });
  return pickTranslation(translations, locale)?.translation.slug ?? null;
}
