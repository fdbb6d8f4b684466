import { z } from "zod";
import { Region, SocialNetwork } from "@/lib/generated/prisma/enums";
import { type AppLocale, locales } from "@/lib/i18n/locales";

// A cluster as one revision (or a member's pending change) stores it: everything an editor can
// change, in plain JSON. Stored snapshots are read through the schema, so versions written
// before a field existed get its default.
const clusterTranslationSnapshotSchema = z.object({
  name: z.string(),
  shortDescription: z.string().default(""),
  description: z.string().default(""),
});

const optional = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);

export const clusterSnapshotSchema = z.object({
  slug: z.string(),
  isUmbrella: z.boolean().default(false),
  parentId: optional(z.string()),
  logoId: optional(z.string()),
  website: optional(z.string()),
  email: optional(z.string()),
  phone: optional(z.string()),
  address: optional(z.string()),
  postalCode: optional(z.string()),
  city: optional(z.string()),
  region: optional(z.enum(Region)),
  foundedYear: optional(z.number()),
  memberCount: optional(z.number()),
  sectors: z.array(z.string()).default([]),
  socialLinks: z.partialRecord(z.enum(SocialNetwork), z.string()).default({}),
  translations: z.partialRecord(z.enum(locales), clusterTranslationSnapshotSchema),
});

export type ClusterTranslationSnapshot = z.output<typeof clusterTranslationSnapshotSchema>;
export type ClusterSnapshot = z.output<typeof clusterSnapshotSchema>;

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
