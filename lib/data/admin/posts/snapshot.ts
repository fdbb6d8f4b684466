import { z } from "zod";
import { type AppLocale, locales } from "@/lib/i18n/locales";

// A post as one revision stores it: everything an editor can change, in plain JSON. Stored
// snapshots are read through the schema, so versions written before a field existed get its default.
const postTranslationSnapshotSchema = z.object({
  title: z.string(),
  slug: z.string(),
  excerpt: z.string().default(""),
  body: z.string(),
  seoTitle: z.string().default(""),
  seoDescription: z.string().default(""),
  publish: z.boolean(),
});

export const postSnapshotSchema = z.object({
  status: z.enum(["DRAFT", "SCHEDULED", "PUBLISHED", "ARCHIVED"]),
  publishedAt: z.string().nullable(),
  authorName: z.string().default(""),
  coverId: z.string().nullable().default(null),
  agreementId: z.string().nullable().default(null),
  tagIds: z.array(z.string()).default([]),
  clusterIds: z.array(z.string()).default([]),
  translations: z.partialRecord(z.enum(locales), postTranslationSnapshotSchema),
});

export type PostTranslationSnapshot = z.output<typeof postTranslationSnapshotSchema>;
export type PostSnapshot = z.output<typeof postSnapshotSchema>;

interface PostRow {
  status: PostSnapshot["status"];
  publishedAt: Date | null;
  authorName: string | null;
  coverId: string | null;
  agreementId: string | null;
  tags: { tagId: string }[];
  clusters: { clusterId: string }[];
  translations: {
    locale: AppLocale;
    status: "DRAFT" | "PUBLISHED";
    title: string;
    slug: string;
    excerpt: string | null;
    body: string;
    seoTitle: string | null;
    seoDescription: string | null;
  }[];
}

// Snapshot of a post row loaded with postSnapshotInclude.
export function postSnapshotOf(post: PostRow): PostSnapshot {
  const translations: PostSnapshot["translations"] = {};
  for (const locale of locales) {
    const t = post.translations.find((row) => row.locale === locale);
    if (!t) continue;
    translations[locale] = {
      title: t.title,
      slug: t.slug,
      excerpt: t.excerpt ?? "",
      body: t.body,
      seoTitle: t.seoTitle ?? "",
      seoDescription: t.seoDescription ?? "",
      publish: t.status === "PUBLISHED",
    };
  }
  return {
    status: post.status,
    publishedAt: post.publishedAt?.toISOString() ?? null,
    authorName: post.authorName ?? "",
    coverId: post.coverId,
    agreementId: post.agreementId,
    tagIds: post.tags.map((t) => t.tagId).sort(),
    clusterIds: post.clusters.map((c) => c.clusterId),
    translations,
  };
}

export const postSnapshotInclude = {
  tags: { select: { tagId: true } },
  clusters: { select: { clusterId: true }, orderBy: { position: "asc" } },
  translations: true,
} as const;
