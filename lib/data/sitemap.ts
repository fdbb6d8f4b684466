import "server-only";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import { cached, cacheTags } from "./cache";
import { listedPostWhere } from "./posts";

export interface SitemapItem {
  /** Path of each translation that exists, by locale. */
  paths: Partial<Record<AppLocale, string>>;
  lastModified: string;
}

// Each translation's path, from the page's path without the locale.
const byLocale = <Row extends { locale: AppLocale }>(rows: Row[], href: (row: Row) => string) =>
  Object.fromEntries(rows.map((row) => [row.locale, getPathname({ locale: row.locale, href: href(row) })])) as Partial<
    Record<AppLocale, string>
  >;

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
      paths: byLocale(p.translations, (t) => `/news/${t.slug}`),
      lastModified: p.updatedAt.toISOString(),
    })),
    ...clusters.map((c) => ({
      paths: byLocale(c.translations, () => `/clusters/${c.slug}`),
      lastModified: c.updatedAt.toISOString(),
    })),
    ...agreements.map((a) => ({
      paths: byLocale(a.translations, () => `/agreements/${a.slug}`),
      lastModified: a.updatedAt.toISOString(),
    })),
  ];
}

export const getSitemapItems = cached(querySitemapItems, "sitemap", [
  cacheTags.posts,
  cacheTags.clusters,
  cacheTags.agreements,
]);
