import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { type AppLocale, pickTranslation, withSource } from "@/lib/i18n/locales";
import { mediaUrl } from "../../media";

// The editors' choice lists, one query each, named in the page's language (Polish where a name
// is missing) and sorted the way a reader looks for them. Callers authorize: these are the
// building blocks of the editor option functions, not called by pages.

export interface Choice {
  id: string;
  name: string;
}

export interface ImageChoice {
  id: string;
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

const inLanguage = (locale: AppLocale) => ({ where: { locale: { in: withSource(locale) } } });

function byName(locale: AppLocale): (a: Choice, b: Choice) => number {
  const collator = new Intl.Collator(locale);
  return (a, b) => collator.compare(a.name, b.name);
}

// Every cluster (or those matching `where`), by name.
export async function clusterChoices(locale: AppLocale, where: Prisma.ClusterWhereInput = {}): Promise<Choice[]> {
  const clusters = await db.cluster.findMany({
    where,
    select: { id: true, slug: true, translations: { ...inLanguage(locale), select: { locale: true, name: true } } },
  });
  return clusters
    .map((c) => ({ id: c.id, name: pickTranslation(c.translations, locale)?.translation.name ?? c.slug }))
    .sort(byName(locale));
}

// Every tag, by name.
export async function tagChoices(locale: AppLocale): Promise<Choice[]> {
  const tags = await db.tag.findMany({
    select: { id: true, slug: true, translations: { ...inLanguage(locale), select: { locale: true, name: true } } },
  });
  return tags
    .map((t) => ({ id: t.id, name: pickTranslation(t.translations, locale)?.translation.name ?? t.slug }))
    .sort(byName(locale));
}

// Every agreement, most recently signed first.
export async function agreementChoices(locale: AppLocale): Promise<Choice[]> {
  const agreements = await db.agreement.findMany({
    orderBy: [{ signedAt: "desc" }, { slug: "asc" }],
    select: { id: true, slug: true, translations: { ...inLanguage(locale), select: { locale: true, title: true } } },
  });
  return agreements.map((a) => ({
    id: a.id,
    name: pickTranslation(a.translations, locale)?.translation.title ?? a.slug,
  }));
}

// The cooperation areas agreements name, in their fixed order.
export async function areaChoices(locale: AppLocale): Promise<Choice[]> {
  const areas = await db.cooperationArea.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, key: true, translations: { ...inLanguage(locale), select: { locale: true, name: true } } },
  });
  return areas.map((a) => ({ id: a.id, name: pickTranslation(a.translations, locale)?.translation.name ?? a.key }));
}

// The library's PDFs, newest first.
export async function documentChoices(): Promise<{ id: string; fileName: string; url: string }[]> {
  const documents = await db.media.findMany({
    where: { kind: "DOCUMENT" },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, path: true, fileName: true },
  });
  return documents.map((d) => ({ id: d.id, fileName: d.fileName, url: mediaUrl(d.path) }));
}

// The library's newest hundred images (a member's: only its cluster's), and `current` (a logo in
// use) even when it is older, so that a form never drops a choice it shows.
export async function imageChoices(
  locale: AppLocale,
  options: { clusterId?: string; current?: string | null } = {},
): Promise<ImageChoice[]> {
  const select = {
    id: true,
    path: true,
    width: true,
    height: true,
    translations: { ...inLanguage(locale), select: { locale: true, alt: true } },
  } as const;
  const [images, current] = await Promise.all([
    db.media.findMany({
      where: { kind: "IMAGE", ...(options.clusterId ? { clusterId: options.clusterId } : {}) },
      orderBy: { createdAt: "desc" },
      take: 100,
      select,
    }),
    options.current ? db.media.findFirst({ where: { id: options.current, kind: "IMAGE" }, select }) : null,
  ]);
  const all = current && !images.some((m) => m.id === current.id) ? [current, ...images] : images;
  return all.map((m) => ({
    id: m.id,
    src: mediaUrl(m.path),
    alt: pickTranslation(m.translations, locale)?.translation.alt ?? "",
    width: m.width ?? undefined,
    height: m.height ?? undefined,
  }));
}
