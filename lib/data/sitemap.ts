import "server-only";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/locales";
import { cached, cacheTags } from "./cache";
import { listedPostWhere } from "./posts";

export interface SitemapItem {
  /** Path of each translation that exists, by locale. */
  paths: Partial<Record<AppLocale, string>>;
  lastModified: string;
}

const byLocale = (rows: { locale: AppLocale }[], path: (locale: AppLocale) => string) =>
  Object.fromEntries(rows.map((row) => [row.locale, path(row.locale)])) as Partial<Record<AppLocale, string>>;

// Every public article, profile and agreement with the translations that exist.
export async function querySitemapItems(): Promise<SitemapItem[]> {
  const [posts, clusters, agreements] = await Promise.all([
    db.post.findMany({
      where: listedPostWhere(),
      select: {
        updatedAt: true,
        translations: { where: { status: "PUBLISHED" }, select: { locale: true, slug: true } },
      },
    }),
    db.cluster.findMany({ select: { slug: true, updatedAt: true, translations: { select: { locale: true } } } }),
    db.agreement.findMany({ select: { slug: true, updatedAt: true, translations: { select: { locale: true } } } }),
  ]);
  return [
    ...posts.map((p) => ({
      paths: Object.fromEntries(p.translations.map((t) => [t.locale, `/${t.locale}/news/${t.slug}`])),
      lastModified: p.updatedAt.toISOString(),
    })),
    ...clusters.map((c) => ({
      paths: byLocale(c.translations, (l) => `/${l}/clusters/${c.slug}`),
      lastModified: c.updatedAt.toISOString(),
    })),
    ...agreements.map((a) => ({
      paths: byLocale(a.translations, (l) => `/${l}/agreements/${a.slug}`),
      lastModified: a.updatedAt.toISOString(),
    })),
  ];
}

export const getSitemapItems = cached(querySitemapItems, "sitemap", [
  cacheTags.posts,
  cacheTags.clusters,
  cacheTags.agreements,
]);
