import "server-only";
import type { Prisma, Region, SocialNetwork } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { type AppLocale, pickTranslation, withSource } from "@/lib/i18n/locales";
import { cached, cacheTags } from "./cache";
import { type ImageDto, mediaSelect, toImage } from "./media";

export interface ClusterLink {
  slug: string;
  name: string;
}

export interface ClusterSummary extends ClusterLink {
  shortDescription: string | null;
  contentLocale: AppLocale;
  isFallback: boolean;
  isUmbrella: boolean;
  city: string | null;
  region: Region | null;
  sectors: string[];
  logo: ImageDto | null;
}

export interface ClusterDetail extends ClusterSummary {
  description: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  postalCode: string | null;
  foundedYear: number | null;
  memberCount: number | null;
  socialLinks: { network: SocialNetwork; url: string }[];
  parent: ClusterLink | null;
  members: ClusterLink[];
  agreements: { slug: string; title: string; signedAt: string; place: string }[];
  /** Locales that have a translation of this profile. */
  locales: AppLocale[];
}

export interface ClusterFilter {
  region?: Region;
  sector?: string;
  q?: string;
}

const nameTranslations = (locale: AppLocale) =>
  ({ where: { locale: { in: withSource(locale) } }, select: { locale: true, name: true } }) as const;

const summarySelect = (locale: AppLocale) =>
  ({
    slug: true,
    isUmbrella: true,
    city: true,
    region: true,
    sectors: true,
    logo: { select: mediaSelect(locale) },
    translations: {
      where: { locale: { in: withSource(locale) } },
      select: { locale: true, name: true, shortDescription: true },
    },
  }) satisfies Prisma.ClusterSelect;

type SummaryRow = Prisma.ClusterGetPayload<{ select: ReturnType<typeof summarySelect> }>;

function toSummary(row: SummaryRow, locale: AppLocale): ClusterSummary | null {
  const picked = pickTranslation(row.translations, locale);
  if (!picked) return null;
  return {
    slug: row.slug,
    name: picked.translation.name,
    shortDescription: picked.translation.shortDescription,
    contentLocale: picked.translation.locale as AppLocale,
    isFallback: picked.isFallback,
    isUmbrella: row.isUmbrella,
    city: row.city,
    region: row.region,
    sectors: row.sectors,
    logo: toImage(row.logo, locale),
  };
}

// Stored links reach an href only when they are http(s) URLs.
function safeHttpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const { protocol } = new URL(value);
    return protocol === "https:" || protocol === "http:" ? value : null;
  } catch {
    return null;
  }
}

const toLink = (row: { slug: string; translations: { locale: string; name: string }[] }, locale: AppLocale) => ({
  slug: row.slug,
  name: pickTranslation(row.translations, locale)?.translation.name ?? row.slug,
});

// The directory: umbrella networks first, then members by name in the visitor's collation.
export async function queryClusters(locale: AppLocale, filter: ClusterFilter = {}): Promise<ClusterSummary[]> {
  const q = filter.q?.trim();
  const rows = await db.cluster.findMany({
    where: {
      ...(filter.region ? { region: filter.region } : {}),
      ...(filter.sector ? { sectors: { has: filter.sector } } : {}),
      // LIKE wildcards in the visitor's text are matched literally (Prisma passes them through).
      ...(q
        ? { translations: { some: { name: { contains: q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" } } } }
        : {}),
    },
    select: summarySelect(locale),
  });
  const collator = new Intl.Collator(locale);
  return rows
    .map((row) => toSummary(row, locale))
    .filter((c): c is ClusterSummary => c !== null)
    .sort((a, b) => Number(b.isUmbrella) - Number(a.isUmbrella) || collator.compare(a.name, b.name));
}

// The regions and sectors that occur, to offer only filters that can match.
export async function queryClusterFacets(): Promise<{ regions: Region[]; sectors: string[] }> {
  const rows = await db.cluster.findMany({ select: { region: true, sectors: true } });
  const regions = [...new Set(rows.flatMap((r) => (r.region ? [r.region] : [])))].sort();
  const sectors = [...new Set(rows.flatMap((r) => r.sectors))].sort();
  return { regions, sectors };
}

// A cluster's profile with its network, agreements and contacts.
export async function queryClusterBySlug(locale: AppLocale, slug: string): Promise<ClusterDetail | null> {
  const row = await db.cluster.findUnique({
    where: { slug },
    select: {
      ...summarySelect(locale),
      // Every locale: the profile lists which translations exist.
      translations: { select: { locale: true, name: true, shortDescription: true, description: true } },
      website: true,
      email: true,
      phone: true,
      address: true,
      postalCode: true,
      foundedYear: true,
      memberCount: true,
      socialLinks: { select: { network: true, url: true }, orderBy: { network: "asc" } },
      parent: { select: { slug: true, translations: nameTranslations(locale) } },
      members: { select: { slug: true, translations: nameTranslations(locale) } },
      parties: {
        select: {
          agreement: {
            select: {
              slug: true,
              signedAt: true,
              place: true,
              translations: { where: { locale: { in: withSource(locale) } }, select: { locale: true, title: true } },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const summary = toSummary(row, locale);
  if (!summary) return null;
  const picked = pickTranslation(row.translations, locale);
  const collator = new Intl.Collator(locale);
  return {
    ...summary,
    description: picked?.translation.description ?? null,
    website: safeHttpUrl(row.website),
    email: row.email,
    phone: row.phone,
    address: row.address,
    postalCode: row.postalCode,
    foundedYear: row.foundedYear,
    memberCount: row.memberCount,
    socialLinks: row.socialLinks.flatMap((link) => {
      const url = safeHttpUrl(link.url);
      return url ? [{ network: link.network, url }] : [];
    }),
    parent: row.parent && toLink(row.parent, locale),
    members: row.members.map((m) => toLink(m, locale)).sort((a, b) => collator.compare(a.name, b.name)),
    agreements: row.parties
      .map(({ agreement }) => ({
        slug: agreement.slug,
        title: pickTranslation(agreement.translations, locale)?.translation.title ?? agreement.slug,
        signedAt: agreement.signedAt.toISOString(),
        place: agreement.place,
      }))
      .sort((a, b) => b.signedAt.localeCompare(a.signedAt)),
    locales: row.translations.map((t) => t.locale),
  };
}

export const getClusters = cached(queryClusters, "clusters", [cacheTags.clusters]);
export const searchClusters = queryClusters;
export const getClusterFacets = cached(queryClusterFacets, "cluster-facets", [cacheTags.clusters]);
export const getClusterBySlug = cached(queryClusterBySlug, "cluster-by-slug", [
  cacheTags.clusters,
  cacheTags.agreements,
]);
