import "server-only";
import { db } from "@/lib/db";
import { type AppLocale, pickTranslation, withSource } from "@/lib/i18n/locales";
import { cached, cacheTags } from "./cache";
import { listedPostWhere } from "./posts";

export interface TagDto {
  slug: string;
  name: string;
  postCount: number;
}

// Tags that have at least one public post, for the news filter.
export async function queryTags(locale: AppLocale): Promise<TagDto[]> {
  const rows = await db.tag.findMany({
    select: {
      slug: true,
      translations: { where: { locale: { in: withSource(locale) } }, select: { locale: true, name: true } },
      _count: {
        select: { posts: { where: { post: listedPostWhere() } } },
      },
    },
  });
  const collator = new Intl.Collator(locale);
  return rows
    .map((row) => ({
      slug: row.slug,
      name: pickTranslation(row.translations, locale)?.translation.name ?? row.slug,
      postCount: row._count.posts,
    }))
    .filter((tag) => tag.postCount > 0)
    .sort((a, b) => collator.compare(a.name, b.name));
}

export const getTags = cached(queryTags, "tags", [cacheTags.tags, cacheTags.posts]);
