import type { Metadata } from "next";
import { env } from "./env";
import { type AppLocale, locales, ogLocales, sourceLocale } from "./i18n/locales";
import { getPathname } from "./i18n/navigation";

export function siteUrl(): URL {
  return new URL(env().SITE_URL);
}

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}

/**
 * canonical + hreflang alternates. `paths` maps each locale that really has this content
 * to its path; x-default points at the Polish original (or the first locale present).
 */
export function alternates(locale: AppLocale, paths: Partial<Record<AppLocale, string>>): Metadata["alternates"] {
  const languages: Record<string, string> = {};
  for (const l of locales) {
    const path = paths[l];
    if (path) languages[l] = path;
  }
  const xDefault = paths[sourceLocale] ?? Object.values(languages)[0];
  if (xDefault) languages["x-default"] = xDefault;
  return { canonical: paths[locale] ?? xDefault, languages };
}

// Each given locale's path of a page, from its path without the locale, in the order given.
export function localePaths(
  present: readonly AppLocale[],
  href: (locale: AppLocale) => string,
): Partial<Record<AppLocale, string>> {
  return Object.fromEntries(present.map((locale) => [locale, getPathname({ locale, href: href(locale) })]));
}

// The same path (without the locale, "/" for home) in every locale, for pages whose whole text
// is the UI (lists, home).
export function everyLocale(href: string): Partial<Record<AppLocale, string>> {
  return localePaths(locales, () => href);
}

export function pageMetadata(input: {
  locale: AppLocale;
  title: string;
  /** The title as it stands, without the site's "| OKIP" suffix (the home page). */
  absoluteTitle?: boolean;
  description: string;
  paths: Partial<Record<AppLocale, string>>;
  image?: { url: string; width?: number | null; height?: number | null; alt: string } | null;
  type?: "website" | "article";
  publishedTime?: string;
  authors?: string[];
}): Metadata {
  const { locale, title, description, paths, image } = input;
  const alts = alternates(locale, paths);
  const images = image
    ? [{ url: image.url, width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt }]
    : [{ url: "/og-default.png", width: 1200, height: 630, alt: title }];
  return {
    title: input.absoluteTitle ? { absolute: title } : title,
    description,
    alternates: alts,
    openGraph: {
      title,
      description,
      url: (alts?.canonical as string | undefined) ?? undefined,
      siteName: "OKIP",
      locale: ogLocales[locale],
      alternateLocale: Object.keys(paths)
        .filter((l) => l !== locale)
        .map((l) => ogLocales[l as AppLocale]),
      type: input.type ?? "website",
      images,
      ...(input.type === "article" ? { publishedTime: input.publishedTime, authors: input.authors } : {}),
    },
    twitter: { card: "summary_large_image", title, description, images: images.map((i) => i.url) },
  };
}
