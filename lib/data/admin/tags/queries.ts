import "server-only";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, byLocale } from "@/lib/i18n/locales";

export interface AdminTag {
  id: string;
  slug: string;
  names: Record<AppLocale, string>;
  posts: number;
}

// Every tag with its names and how many posts use it.
export async function listAdminTags(viewer: Viewer | null): Promise<AdminTag[]> {
  assertRole(viewer, EDITOR_ROLES);
  const tags = await db.tag.findMany({
    orderBy: { slug: "asc" },
    select: {
      id: true,
      slug: true,
      translations: { select: { locale: true, name: true } },
      _count: { select: { posts: true } },
    },
  });
  return tags.map((tag) => ({
    id: tag.id,
    slug: tag.slug,
    names: byLocale((l) => tag.translations.find((t) => t.locale === l)?.name ?? ""),
    posts: tag._count.posts,
  }));
}
