import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { type AppLocale, pickTranslation, withSource } from "@/lib/i18n/locales";
import { cached, cacheTags } from "./cache";
import { type ImageDto, mediaSelect, toImage } from "./media";

export const NEWS_PAGE_SIZE = 10;
// Far beyond any real archive; deeper page numbers are 404s without a query.
export const MAX_NEWS_PAGE = 1000;

export interface PostLink {
  slug: string;
  title: string;
  contentLocale: AppLocale;
}

export interface PostSummary extends PostLink {
  id: string;
  excerpt: string | null;
  publishedAt: string;
  authorName: string | null;
  isFallback: boolean;
  cover: ImageDto | null;
  tags: { slug: string; name: string }[];
}

export interface PostDetail extends PostSummary {
  body: string;
  seoTitle: string | null;
  seoDescription: string | null;
  clusters: { slug: string; name: string }[];
  agreement: { slug: string; title: string } | null;
  /** Slug of each published translation, for hreflang and the language switcher. */
  slugs: Partial<Record<AppLocale, string>>;
  previous: PostLink | null;
  next: PostLink | null;
}

export type PostLookup =
  | { kind: "found"; post: PostDetail }
  | { kind: "redirect"; slug: string }
  | { kind: "moved"; slug: string }
  | { kind: "missing" };

// Visitors see a post when it is published, its time has come, and the translation is live.
function publicPostWhere(): Prisma.PostWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: new Date() } };
}

// A post appears in lists when it is public and has at least one live translation.
export function listedPostWhere(): Prisma.PostWhereInput {
  return { ...publicPostWhere(), translations: { some: { status: "PUBLISHED" } } };
}

// Lists and previous/next links share one total order: newest first, id breaking ties.
const newestFirst: Prisma.PostOrderByWithRelationInput[] = [{ publishedAt: "desc" }, { id: "desc" }];

// Every published translation (at most five): the visitor's, else Polish, else any one, so a
// post counted in a list always has a title to show.
const liveTranslations = {
  where: { status: "PUBLISHED" },
  orderBy: { locale: "asc" },
  select: { locale: true, title: true, slug: true, excerpt: true },
} as const;

const summarySelect = (locale: AppLocale) =>
  ({
    id: true,
    publishedAt: true,
    authorName: true,
    translations: liveTranslations,
    cover: { select: mediaSelect(locale) },
    tags: {
      select: {
        tag: {
          select: {
            slug: true,
            translations: { where: { locale: { in: withSource(locale) } }, select: { locale: true, name: true } },
          },
        },
      },
    },
  }) satisfies Prisma.PostSelect;

type SummaryRow = Prisma.PostGetPayload<{ select: ReturnType<typeof summarySelect> }>;

function toSummary(row: SummaryRow, locale: AppLocale): PostSummary | null {
  const picked = pickTranslation(row.translations, locale);
  if (!picked || !row.publishedAt) return null;
  const { translation, isFallback } = picked;
  return {
    id: row.id,
    slug: translation.slug,
    title: translation.title,
    excerpt: translation.excerpt,
    contentLocale: translation.locale as AppLocale,
    isFallback,
    publishedAt: row.publishedAt.toISOString(),
    authorName: row.authorName,
    cover: toImage(row.cover, locale),
    tags: row.tags.map(({ tag }) => ({
      slug: tag.slug,
      name: pickTranslation(tag.translations, locale)?.translation.name ?? tag.slug,
    })),
  };
}

function toLink(
  row: { translations: { locale: string; slug: string; title: string }[] } | null,
  locale: AppLocale,
): PostLink | null {
  const picked = row && pickTranslation(row.translations, locale);
  if (!picked) return null;
  return {
    slug: picked.translation.slug,
    title: picked.translation.title,
    contentLocale: picked.translation.locale as AppLocale,
  };
}

export interface NewsPage {
  posts: PostSummary[];
  page: number;
  totalPages: number;
  total: number;
}

// One page of published news, newest first, optionally only those with a tag.
export async function queryNewsPage(locale: AppLocale, page: number, tagSlug?: string): Promise<NewsPage | null> {
  const where: Prisma.PostWhereInput = {
    ...listedPostWhere(),
    ...(tagSlug ? { tags: { some: { tag: { slug: tagSlug } } } } : {}),
  };
  const total = await db.post.count({ where });
  const totalPages = Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  const rows = await db.post.findMany({
    where,
    orderBy: newestFirst,
    skip: (page - 1) * NEWS_PAGE_SIZE,
    take: NEWS_PAGE_SIZE,
    select: summarySelect(locale),
  });
  const posts = rows.map((row) => toSummary(row, locale)).filter((p): p is PostSummary => p !== null);
  return { posts, page, totalPages, total };
}

// The newest published posts, for the home page.
export async function queryLatestPosts(locale: AppLocale, take: number): Promise<PostSummary[]> {
  const rows = await db.post.findMany({
    where: listedPostWhere(),
    orderBy: newestFirst,
    take,
    select: summarySelect(locale),
  });
  return rows.map((row) => toSummary(row, locale)).filter((p): p is PostSummary => p !== null);
}

const linkSelect = { translations: liveTranslations } as const;

// An article by the slug in the URL: the visitor's translation, a redirect to it when the
// URL carries another locale's slug or a slug the post had before, or the Polish original
// when there is no translation. A preview (editors only, see lib/data/admin/preview.ts) also
// shows drafts and unpublished language versions.
export async function queryPostBySlug(locale: AppLocale, slug: string, preview = false): Promise<PostLookup> {
  const live = preview ? { slug } : ({ slug, status: "PUBLISHED", post: publicPostWhere() } as const);
  // Prefer the visitor's own locale when two translations share a slug.
  const match =
    (await db.postTranslation.findFirst({ where: { ...live, locale }, select: { postId: true } })) ??
    (await db.postTranslation.findFirst({ where: live, orderBy: { locale: "asc" }, select: { postId: true } }));
  const postId = match?.postId;
  if (!postId) return movedPost(locale, slug);

  const row = await db.post.findUnique({
    where: { id: postId },
    select: {
      ...summarySelect(locale),
      agreementId: true,
      translations: {
        where: preview ? {} : { status: "PUBLISHED" },
        orderBy: { locale: "asc" },
        select: {
          locale: true,
          title: true,
          slug: true,
          excerpt: true,
          body: true,
          seoTitle: true,
          seoDescription: true,
        },
      },
      clusters: {
        orderBy: { position: "asc" },
        select: {
          cluster: {
            select: {
              slug: true,
              translations: { where: { locale: { in: withSource(locale) } }, select: { locale: true, name: true } },
            },
          },
        },
      },
      agreement: {
        select: {
          slug: true,
          translations: { where: { locale: { in: withSource(locale) } }, select: { locale: true, title: true } },
        },
      },
    },
  });
  if (!row || (!row.publishedAt && !preview)) return { kind: "missing" };

  const picked = pickTranslation(row.translations, locale);
  if (!picked) return { kind: "missing" };
  if (picked.translation.slug !== slug) return { kind: "redirect", slug: picked.translation.slug };

  const summary = toSummary(
    {
      ...row,
      publishedAt: row.publishedAt ?? new Date(),
      translations: row.translations.filter((t) => t.locale === picked.translation.locale),
    },
    locale,
  );
  if (!summary) return { kind: "missing" };
  // Neighbours in list order (publishedAt, then id), so posts published at the same moment
  // are still each reachable.
  const at = row.publishedAt ?? new Date();
  const [previous, next] = await Promise.all([
    db.post.findFirst({
      where: { ...listedPostWhere(), OR: [{ publishedAt: { lt: at } }, { publishedAt: at, id: { lt: row.id } }] },
      orderBy: newestFirst,
      select: linkSelect,
    }),
    db.post.findFirst({
      where: { ...listedPostWhere(), OR: [{ publishedAt: { gt: at } }, { publishedAt: at, id: { gt: row.id } }] },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      select: linkSelect,
    }),
  ]);

  return {
    kind: "found",
    post: {
      ...summary,
      body: picked.translation.body,
      seoTitle: picked.translation.seoTitle,
      seoDescription: picked.translation.seoDescription,
      clusters: row.clusters.map(({ cluster }) => ({
        slug: cluster.slug,
        name: pickTranslation(cluster.translations, locale)?.translation.name ?? cluster.slug,
      })),
      agreement: row.agreement && {
        slug: row.agreement.slug,
        title: pickTranslation(row.agreement.translations, locale)?.translation.title ?? row.agreement.slug,
      },
      slugs: Object.fromEntries(row.translations.map((t) => [t.locale, t.slug])),
      previous: toLink(previous, locale),
      next: toLink(next, locale),
    },
  };
}

// A slug a published post had before: where it lives now, in the same language.
async function movedPost(locale: AppLocale, slug: string): Promise<PostLookup> {
  const old = await db.postSlugRedirect.findUnique({
    where: { locale_slug: { locale, slug } },
    select: {
      post: {
        select: {
          status: true,
          publishedAt: true,
          translations: {
            where: { status: "PUBLISHED" },
            orderBy: { locale: "asc" },
            select: { locale: true, slug: true },
          },
        },
      },
    },
  });
  const post = old?.post;
  if (!post || post.status !== "PUBLISHED" || !post.publishedAt || post.publishedAt > new Date())
    return { kind: "missing" };
  const target = pickTranslation(post.translations, locale)?.translation.slug;
  return target ? { kind: "moved", slug: target } : { kind: "missing" };
}

// Published posts linked to a cluster or an agreement, newest first.
export async function queryPostsLinkedTo(
  locale: AppLocale,
  link: { clusterSlug: string } | { agreementSlug: string },
  take = 10,
): Promise<PostSummary[]> {
  const rows = await db.post.findMany({
    where: {
      ...listedPostWhere(),
      ...("clusterSlug" in link
        ? { clusters: { some: { cluster: { slug: link.clusterSlug } } } }
        : { agreement: { slug: link.agreementSlug } }),
    },
    orderBy: newestFirst,
    take,
    select: summarySelect(locale),
  });
  return rows.map((row) => toSummary(row, locale)).filter((p): p is PostSummary => p !== null);
}

export const getNewsPage = cached(queryNewsPage, "news-page", [cacheTags.posts, cacheTags.tags]);
export const getLatestPosts = cached(queryLatestPosts, "latest-posts", [cacheTags.posts, cacheTags.tags]);
export const getPostBySlug = cached(queryPostBySlug, "post-by-slug", [
  cacheTags.posts,
  cacheTags.clusters,
  cacheTags.agreements,
  cacheTags.tags,
]);
export const getPostsLinkedTo = cached(queryPostsLinkedTo, "posts-linked", [cacheTags.posts, cacheTags.tags]);
