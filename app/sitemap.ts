import type { MetadataRoute } from "next";
import { getSitemapItems } from "@/lib/data/sitemap";
import { locales } from "@/lib/i18n/locales";
import { absoluteUrl, alternates, everyLocale } from "@/lib/seo";

// Rendered on request from cached data: `next build` has no database to read.
export const dynamic = "force-dynamic";

// One entry per page and language, each listing its translations as hreflang alternates.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const lists = ["/", "/news", "/clusters", "/agreements", "/newsletter", "/privacy"].map((path) => ({
    paths: everyLocale(path),
    lastModified: undefined,
  }));
  const items = [...lists, ...(await getSitemapItems())];
  return items.flatMap(({ paths, lastModified }) => {
    const languages = Object.fromEntries(
      Object.entries(alternates("pl", paths)?.languages ?? {}).map(([l, p]) => [l, absoluteUrl(p as string)]),
    );
    return locales.flatMap((locale) => {
      const path = paths[locale];
      return path ? [{ url: absoluteUrl(path), lastModified, alternates: { languages } }] : [];
    });
  });
}
