import { type AppLocale, locales } from "@/lib/i18n/locales";

// A post as one revision stores it: everything an editor can change, in plain JSON.
export interface PostTranslationSnapshot {
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  seoTitle: string;
  seoDescription: string;
  publish: boolean;
}

export interface PostSnapshot {
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";
  publishedAt: string | null;
  authorName: string;
  coverId: string | null;
  agreementId: string | null;
  tagIds: string[];
  clusterIds: string[];
  translations: Partial<Record<AppLocale, PostTranslationSnapshot>>;
}

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

// Snapshot of a post row loaded with its tags, clusters and translations.
export function snapshotOf(post: PostRow): PostSnapshot {
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
