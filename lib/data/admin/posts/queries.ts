import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, locales, pickTranslation, sourceLocale } from "@/lib/i18n/locales";
import { toWarsawInput } from "@/lib/warsaw-time";
import { mediaUrl } from "@/lib/data/media";

export type TranslationState = "published" | "draft" | "missing" | "outdated";

// Each locale's state: missing, draft, published, or outdated (Polish changed since).
export function translationStates(
  translations: {
    locale: AppLocale;
    status: string;
    contentUpdatedAt: Date;
    sourceUpdatedAt: Date | null;
    createdAt: Date;
  }[],
): Record<AppLocale, TranslationState> {
  const source = translations.find((t) => t.locale === sourceLocale);
  return Object.fromEntries(
    locales.map((locale) => {
      const t = translations.find((row) => row.locale === locale);
      if (!t) return [locale, "missing"];
      const basis = t.sourceUpdatedAt ?? t.createdAt;
      if (locale !== sourceLocale && source && basis < source.contentUpdatedAt) return [locale, "outdated"];
      return [locale, t.status === "PUBLISHED" ? "published" : "draft"];
    }),
  ) as Record<AppLocale, TranslationState>;
}

const stateSelect = {
  locale: true,
  status: true,
  contentUpdatedAt: true,
  sourceUpdatedAt: true,
  createdAt: true,
  title: true,
} as const;

export interface AdminPostRow {
  id: string;
  title: string;
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";
  publishedAt: string | null;
  updatedAt: string;
  isDemo: boolean;
  states: Record<AppLocale, TranslationState>;
}

export const ADMIN_PAGE_SIZE = 25;

// Posts for the admin list, newest change first, filtered by status and title.
export async function listAdminPosts(
  viewer: Viewer | null,
  filter: { status?: AdminPostRow["status"]; q?: string; page?: number } = {},
): Promise<{ rows: AdminPostRow[]; total: number }> {
  assertRole(viewer, EDITOR_ROLES);
  const where: Prisma.PostWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.q ? { translations: { some: { title: { contains: filter.q, mode: "insensitive" } } } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.post.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: ((filter.page ?? 1) - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        isDemo: true,
        translations: { select: stateSelect },
      },
    }),
    db.post.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

function toRow(row: {
  id: string;
  status: AdminPostRow["status"];
  publishedAt: Date | null;
  updatedAt: Date;
  isDemo: boolean;
  translations: {
    locale: AppLocale;
    status: string;
    title: string;
    contentUpdatedAt: Date;
    sourceUpdatedAt: Date | null;
    createdAt: Date;
  }[];
}): AdminPostRow {
  return {
    id: row.id,
    title: pickTranslation(row.translations, sourceLocale)?.translation.title ?? "—",
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    isDemo: row.isDemo,
    states: translationStates(row.translations),
  };
}

export interface DashboardData {
  drafts: AdminPostRow[];
  scheduled: AdminPostRow[];
  published: AdminPostRow[];
  matrix: {
    kind: "post" | "cluster" | "agreement";
    id: string;
    title: string;
    states: Record<AppLocale, TranslationState>;
  }[];
}

// The dashboard: drafts, scheduled, recently published, and every item's translation states.
export async function getDashboard(viewer: Viewer | null): Promise<DashboardData> {
  assertRole(viewer, EDITOR_ROLES);
  const pick = (where: Prisma.PostWhereInput, orderBy: Prisma.PostOrderByWithRelationInput) =>
    db.post.findMany({
      where,
      orderBy,
      take: 8,
      select: {
        id: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        isDemo: true,
        translations: { select: stateSelect },
      },
    });
  const [drafts, scheduled, published, posts, clusters, agreements] = await Promise.all([
    pick({ status: "DRAFT" }, { updatedAt: "desc" }),
    pick({ status: "SCHEDULED" }, { publishedAt: "asc" }),
    pick({ status: "PUBLISHED" }, { publishedAt: "desc" }),
    db.post.findMany({
      where: { status: { not: "ARCHIVED" } },
      orderBy: { updatedAt: "desc" },
      take: 30,
      select: { id: true, translations: { select: stateSelect } },
    }),
    db.cluster.findMany({
      orderBy: { slug: "asc" },
      select: {
        id: true,
        translations: {
          select: { locale: true, name: true, contentUpdatedAt: true, sourceUpdatedAt: true, createdAt: true },
        },
      },
    }),
    db.agreement.findMany({
      orderBy: { signedAt: "desc" },
      select: {
        id: true,
        translations: {
          select: { locale: true, title: true, contentUpdatedAt: true, sourceUpdatedAt: true, createdAt: true },
        },
      },
    }),
  ]);
  const published_ = (
    rows: { locale: AppLocale; contentUpdatedAt: Date; sourceUpdatedAt: Date | null; createdAt: Date }[],
  ) => rows.map((r) => ({ ...r, status: "PUBLISHED" }));
  return {
    drafts: drafts.map(toRow),
    scheduled: scheduled.map(toRow),
    published: published.map(toRow),
    matrix: [
      ...posts.map((p) => ({
        kind: "post" as const,
        id: p.id,
        title: pickTranslation(p.translations, sourceLocale)?.translation.title ?? "—",
        states: translationStates(p.translations),
      })),
      ...clusters.map((c) => ({
        kind: "cluster" as const,
        id: c.id,
        title: pickTranslation(c.translations, sourceLocale)?.translation.name ?? "—",
        states: translationStates(published_(c.translations)),
      })),
      ...agreements.map((a) => ({
        kind: "agreement" as const,
        id: a.id,
        title: pickTranslation(a.translations, sourceLocale)?.translation.title ?? "—",
        states: translationStates(published_(a.translations)),
      })),
    ],
  };
}

export interface PostEditorTranslation {
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  seoTitle: string;
  seoDescription: string;
  publish: boolean;
  state: TranslationState;
  publicSlug: string | null;
}

export interface PostEditorData {
  id: string;
  version: number;
  status: AdminPostRow["status"];
  publishAt: string;
  publishedAt: string | null;
  authorName: string;
  coverId: string | null;
  agreementId: string | null;
  tagIds: string[];
  clusterIds: string[];
  translations: Record<AppLocale, PostEditorTranslation>;
}

// One post as the editor form shows it (every locale, empty where there is no translation).
export async function getPostForEditor(viewer: Viewer | null, id: string): Promise<PostEditorData | null> {
  assertRole(viewer, EDITOR_ROLES);
  const post = await db.post.findUnique({
    where: { id },
    include: {
      tags: { select: { tagId: true } },
      clusters: { select: { clusterId: true }, orderBy: { position: "asc" } },
      translations: true,
    },
  });
  if (!post) return null;
  const states = translationStates(post.translations);
  const translations = Object.fromEntries(
    locales.map((locale) => {
      const t = post.translations.find((row) => row.locale === locale);
      return [
        locale,
        {
          title: t?.title ?? "",
          slug: t?.slug ?? "",
          excerpt: t?.excerpt ?? "",
          body: t?.body ?? "",
          seoTitle: t?.seoTitle ?? "",
          seoDescription: t?.seoDescription ?? "",
          publish: t?.status === "PUBLISHED",
          state: states[locale],
          publicSlug: t?.status === "PUBLISHED" ? t.slug : null,
        },
      ];
    }),
  ) as Record<AppLocale, PostEditorTranslation>;
  return {
    id: post.id,
    version: post.version,
    status: post.status,
    publishAt: post.publishedAt ? toWarsawInput(post.publishedAt) : "",
    publishedAt: post.publishedAt?.toISOString() ?? null,
    authorName: post.authorName ?? "",
    coverId: post.coverId,
    agreementId: post.agreementId,
    tagIds: post.tags.map((t) => t.tagId),
    clusterIds: post.clusters.map((c) => c.clusterId),
    translations,
  };
}

export interface EditorOptions {
  tags: { id: string; name: string }[];
  clusters: { id: string; name: string }[];
  agreements: { id: string; name: string }[];
  images: { id: string; src: string; alt: string; width?: number; height?: number }[];
}

// Choices offered by the post editor: tags, clusters, agreements and library images.
export async function getPostEditorOptions(viewer: Viewer | null, locale: AppLocale): Promise<EditorOptions> {
  assertRole(viewer, EDITOR_ROLES);
  const nameIn = { where: { locale: { in: [locale, sourceLocale] } } };
  const [tags, clusters, agreements, images] = await Promise.all([
    db.tag.findMany({
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, translations: { ...nameIn, select: { locale: true, name: true } } },
    }),
    db.cluster.findMany({
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, translations: { ...nameIn, select: { locale: true, name: true } } },
    }),
    db.agreement.findMany({
      orderBy: { signedAt: "desc" },
      select: { id: true, slug: true, translations: { ...nameIn, select: { locale: true, title: true } } },
    }),
    db.media.findMany({
      where: { kind: "IMAGE" },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: {
        id: true,
        path: true,
        width: true,
        height: true,
        translations: { ...nameIn, select: { locale: true, alt: true } },
      },
    }),
  ]);
  return {
    tags: tags.map((t) => ({ id: t.id, name: pickTranslation(t.translations, locale)?.translation.name ?? t.slug })),
    clusters: clusters.map((c) => ({
      id: c.id,
      name: pickTranslation(c.translations, locale)?.translation.name ?? c.slug,
    })),
    agreements: agreements.map((a) => ({
      id: a.id,
      name: pickTranslation(a.translations, locale)?.translation.title ?? a.slug,
    })),
    images: images.map((m) => ({
      id: m.id,
      src: mediaUrl(m.path),
      alt: pickTranslation(m.translations, locale)?.translation.alt ?? "",
      width: m.width ?? undefined,
      height: m.height ?? undefined,
    })),
  };
}
