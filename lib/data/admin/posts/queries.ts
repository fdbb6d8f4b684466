import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, byLocale, pickTranslation, sourceLocale } from "@/lib/i18n/locales";
import { toWarsawInput } from "@/lib/warsaw-time";
import {
  agreementChoices,
  type Choice,
  clusterChoices,
  type ImageChoice,
  imageChoices,
  tagChoices,
} from "../shared/choices";
import { type TranslationState, translationStates } from "../shared/translation-states";
import { postSnapshotInclude } from "./snapshot";

export const postStateSelect = {
  locale: true,
  status: true,
  contentUpdatedAt: true,
  sourceUpdatedAt: true,
  createdAt: true,
  title: true,
} as const;

export const postRowSelect = {
  id: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  isDemo: true,
  translations: { select: postStateSelect },
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
      select: postRowSelect,
    }),
    db.post.count({ where }),
  ]);
  return { rows: rows.map(toAdminPostRow), total };
}

// A post row of the admin's lists, titled in Polish.
export function toAdminPostRow(row: Prisma.PostGetPayload<{ select: typeof postRowSelect }>): AdminPostRow {
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
  const post = await db.post.findUnique({ where: { id }, include: postSnapshotInclude });
  if (!post) return null;
  const states = translationStates(post.translations);
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
    translations: byLocale((locale) => {
      const t = post.translations.find((row) => row.locale === locale);
      return {
        title: t?.title ?? "",
        slug: t?.slug ?? "",
        excerpt: t?.excerpt ?? "",
        body: t?.body ?? "",
        seoTitle: t?.seoTitle ?? "",
        seoDescription: t?.seoDescription ?? "",
        publish: t?.status === "PUBLISHED",
        state: states[locale],
        publicSlug: t?.status === "PUBLISHED" ? t.slug : null,
      };
    }),
  };
}

export interface EditorOptions {
  tags: Choice[];
  clusters: Choice[];
  agreements: Choice[];
  images: ImageChoice[];
}

// Choices offered by the post editor: tags, clusters, agreements and library images.
export async function getPostEditorOptions(viewer: Viewer | null, locale: AppLocale): Promise<EditorOptions> {
  assertRole(viewer, EDITOR_ROLES);
  const [tags, clusters, agreements, images] = await Promise.all([
    tagChoices(locale),
    clusterChoices(locale),
    agreementChoices(locale),
    imageChoices(locale),
  ]);
  return { tags, clusters, agreements, images };
}
