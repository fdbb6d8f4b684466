import type { Region, SocialNetwork } from "@/lib/generated/prisma/enums";
import { type AppLocale, locales } from "@/lib/i18n/locales";

// A cluster as one revision stores it: everything an editor can change, in plain JSON.
export interface ClusterTranslationSnapshot {
  name: string;
  shortDescription: string;
  description: string;
}

export interface ClusterSnapshot {
  slug: string;
  isUmbrella: boolean;
  parentId: string | null;
  logoId: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  region: Region | null;
  foundedYear: number | null;
  memberCount: number | null;
  sectors: string[];
  socialLinks: Partial<Record<SocialNetwork, string>>;
  translations: Partial<Record<AppLocale, ClusterTranslationSnapshot>>;
}

interface ClusterRow extends Omit<ClusterSnapshot, "socialLinks" | "translations"> {
  socialLinks: { network: SocialNetwork; url: string }[];
  translations: {
    locale: AppLocale;
    name: string;
    shortDescription: string | null;
    description: string | null;
  }[];
}

// Snapshot of a cluster row loaded with its social links and translations.
export function clusterSnapshotOf(cluster: ClusterRow): ClusterSnapshot {
  const translations: ClusterSnapshot["translations"] = {};
  for (const locale of locales) {
    const t = cluster.translations.find((row) => row.locale === locale);
    if (!t) continue;
    translations[locale] = {
      name: t.name,
      shortDescription: t.shortDescription ?? "",
      description: t.description ?? "",
    };
  }
  const socialLinks: ClusterSnapshot["socialLinks"] = {};
  for (const link of [...cluster.socialLinks].sort((a, b) => a.network.localeCompare(b.network))) {
    socialLinks[link.network] = link.url;
  }
  return {
    slug: cluster.slug,
    isUmbrella: cluster.isUmbrella,
    parentId: cluster.parentId,
    logoId: cluster.logoId,
    website: cluster.website,
    email: cluster.email,
    phone: cluster.phone,
    address: cluster.address,
    postalCode: cluster.postalCode,
    city: cluster.city,
    region: cluster.region,
    foundedYear: cluster.foundedYear,
    memberCount: cluster.memberCount,
    sectors: cluster.sectors,
    socialLinks,
    translations,
  };
}

export const clusterSnapshotInclude = {
  socialLinks: { select: { network: true, url: true } },
  translations: true,
} as const;
