import type { PostStatus, Region, TranslationStatus } from "../../lib/generated/prisma/client";
import { locales } from "../../lib/i18n/locales";
import type { MediaUpload } from "../../lib/media/process";
import type { DbClient } from "../../lib/prisma-client";
import { slugFromTitle } from "../../lib/slug";
import type { SectorKey } from "../../lib/sectors";
import type { PartiallyLocalized } from "./types";

// Every writer upserts on a natural key and never overwrites an existing row
// (`update: {}`): a second run changes nothing, and editors' later changes survive.

export interface ClusterSeed {
  id: string;
  slug: string;
  isUmbrella?: boolean;
  parentId?: string | null;
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  postalCode?: string | null;
  city?: string | null;
  region?: Region | null;
  foundedYear?: number | null;
  memberCount?: number | null;
  sectors: readonly SectorKey[];
  isDemo: boolean;
  translations: PartiallyLocalized<{ name: string; shortDescription: string; description: string }>;
}

export interface AgreementSeed {
  id: string;
  slug: string;
  signedAt: Date;
  place: string;
  isDemo: boolean;
  translations: PartiallyLocalized<{ title: string; summary: string; body: string }>;
}

export interface PartySeed {
  agreementId: string;
  clusterId: string;
  position: number;
  signatoryName?: string;
  signatoryRoles?: PartiallyLocalized;
}

export interface PostTranslationSeed {
  status: TranslationStatus;
  title: string;
  excerpt: string;
  body: string;
  seoTitle?: string;
  seoDescription?: string;
}

export interface PostSeed {
  id: string;
  status: PostStatus;
  publishedAt: Date | null;
  authorName: string;
  coverId?: string;
  agreementId?: string;
  isDemo: boolean;
  translations: PartiallyLocalized<PostTranslationSeed>;
  tagIds: readonly string[];
  clusterIds: readonly string[]; // in order of mention
}

export interface MediaSeed extends MediaUpload {
  id: string;
  alt: PartiallyLocalized;
}

// Each locale present in a partially localized value, with its value.
function present<T>(values: PartiallyLocalized<T>) {
  return locales.flatMap((locale) => {
    const value = values[locale];
    return value === undefined ? [] : [{ locale, value }];
  });
}

// Creates a cluster and its translations unless its slug exists; returns its id.
export async function upsertCluster(db: DbClient, seed: ClusterSeed): Promise<string> {
  const { translations, sectors, ...fields } = seed;
  const { id } = await db.cluster.upsert({
    where: { slug: seed.slug },
    create: { ...fields, sectors: [...sectors] },
    update: {},
    select: { id: true },
  });
  for (const { locale, value } of present(translations)) {
    await db.clusterTranslation.upsert({
      where: { clusterId_locale: { clusterId: id, locale } },
      create: { clusterId: id, locale, ...value },
      update: {},
    });
  }
  return id;
}

// Creates a tag and its names unless its slug exists; returns its id.
export async function upsertTag(db: DbClient, id: string, slug: string, names: PartiallyLocalized): Promise<string> {
  const tag = await db.tag.upsert({ where: { slug }, create: { id, slug }, update: {}, select: { id: true } });
  for (const { locale, value } of present(names)) {
    await db.tagTranslation.upsert({
      where: { tagId_locale: { tagId: tag.id, locale } },
      create: { tagId: tag.id, locale, name: value },
      update: {},
    });
  }
  return tag.id;
}

// Creates a cooperation area and its names unless its key exists; returns its id.
export async function upsertArea(db: DbClient, key: string, names: PartiallyLocalized): Promise<string> {
  const area = await db.cooperationArea.upsert({
    where: { key },
    create: { id: `area_${key.replace(/-/g, "_")}`, key },
    update: {},
    select: { id: true },
  });
  for (const { locale, value } of present(names)) {
    await db.cooperationAreaTranslation.upsert({
      where: { areaId_locale: { areaId: area.id, locale } },
      create: { areaId: area.id, locale, name: value },
      update: {},
    });
  }
  return area.id;
}

// Creates an agreement and its translations unless its slug exists; returns its id.
export async function upsertAgreement(db: DbClient, seed: AgreementSeed): Promise<string> {
  const { translations, ...fields } = seed;
  const { id } = await db.agreement.upsert({
    where: { slug: seed.slug },
    create: fields,
    update: {},
    select: { id: true },
  });
  for (const { locale, value } of present(translations)) {
    await db.agreementTranslation.upsert({
      where: { agreementId_locale: { agreementId: id, locale } },
      create: { agreementId: id, locale, ...value },
      update: {},
    });
  }
  return id;
}

// Adds a cluster as a party of an agreement, with the signatory's role per locale.
export async function upsertParty(db: DbClient, seed: PartySeed): Promise<void> {
  const { agreementId, clusterId, position, signatoryName } = seed;
  const party = await db.agreementParty.upsert({
    where: { agreementId_clusterId: { agreementId, clusterId } },
    create: { agreementId, clusterId, position, signatoryName: signatoryName ?? null },
    update: {},
    select: { id: true },
  });
  for (const { locale, value } of seed.signatoryRoles ? present(seed.signatoryRoles) : []) {
    await db.agreementPartyTranslation.upsert({
      where: { partyId_locale: { partyId: party.id, locale } },
      create: { partyId: party.id, locale, signatoryRole: value },
      update: {},
    });
  }
}

// Lists the cooperation areas of an agreement, in the given order.
export async function linkAreas(db: DbClient, agreementId: string, areaIds: readonly string[]): Promise<void> {
  for (const [position, areaId] of areaIds.entries()) {
    await db.agreementArea.upsert({
      where: { agreementId_areaId: { agreementId, areaId } },
      create: { agreementId, areaId, position },
      update: {},
    });
  }
}

// Creates an image with its alt text per locale unless its path exists; returns its id.
export async function upsertImage(db: DbClient, seed: MediaSeed): Promise<string> {
  const { alt, ...fields } = seed;
  const media = await db.media.upsert({
    where: { path: seed.path },
    create: fields,
    // Derived from the file (identical on every run): updating them is not an edit, and fills
    // in the variants of a row seeded before they existed.
    update: {
      mimeType: seed.mimeType,
      size: seed.size,
      width: seed.width,
      height: seed.height,
      variants: seed.variants,
    },
    select: { id: true },
  });
  for (const { locale, value } of present(alt)) {
    await db.mediaTranslation.upsert({
      where: { mediaId_locale: { mediaId: media.id, locale } },
      create: { mediaId: media.id, locale, alt: value },
      update: {},
    });
  }
  return media.id;
}

// Creates a post with its translations, tags and clusters (reusing one with the same Polish slug).
export async function upsertPost(db: DbClient, seed: PostSeed): Promise<string> {
  const { translations, tagIds, clusterIds, ...fields } = seed;
  const existing = await db.postTranslation.findUnique({
    where: { locale_slug: { locale: "pl", slug: slugFromTitle(translations.pl.title) } },
    select: { postId: true },
  });
  const postId =
    existing?.postId ??
    (await db.post.upsert({ where: { id: seed.id }, create: fields, update: {}, select: { id: true } })).id;
  for (const { locale, value } of present(translations)) {
    await db.postTranslation.upsert({
      where: { postId_locale: { postId, locale } },
      create: { postId, locale, slug: slugFromTitle(value.title), ...value },
      update: {},
    });
  }
  for (const tagId of tagIds) {
    await db.postTag.upsert({
      where: { postId_tagId: { postId, tagId } },
      create: { postId, tagId },
      update: {},
    });
  }
  for (const [position, clusterId] of clusterIds.entries()) {
    await db.postCluster.upsert({
      where: { postId_clusterId: { postId, clusterId } },
      create: { postId, clusterId, position },
      update: {},
    });
  }
  return postId;
}
