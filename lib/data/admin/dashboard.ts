import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, pickTranslation, sourceLocale } from "@/lib/i18n/locales";
import { type AdminPostRow, postRowSelect, postStateSelect, toAdminPostRow } from "./posts/queries";
import { liveTranslationStates, type TranslationState, translationStates } from "./shared/translation-states";

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

const clockSelect = { locale: true, contentUpdatedAt: true, sourceUpdatedAt: true, createdAt: true } as const;

// The dashboard: drafts, scheduled, recently published, and every item's translation states.
export async function getDashboard(viewer: Viewer | null): Promise<DashboardData> {
  assertRole(viewer, EDITOR_ROLES);
  const pick = (where: Prisma.PostWhereInput, orderBy: Prisma.PostOrderByWithRelationInput) =>
    db.post.findMany({ where, orderBy, take: 8, select: postRowSelect });
  const [drafts, scheduled, published, posts, clusters, agreements] = await Promise.all([
    pick({ status: "DRAFT" }, { updatedAt: "desc" }),
    pick({ status: "SCHEDULED" }, { publishedAt: "asc" }),
    pick({ status: "PUBLISHED" }, { publishedAt: "desc" }),
    db.post.findMany({
      where: { status: { not: "ARCHIVED" } },
      orderBy: { updatedAt: "desc" },
      take: 30,
      select: { id: true, translations: { select: postStateSelect } },
    }),
    db.cluster.findMany({
      orderBy: { slug: "asc" },
      select: { id: true, translations: { select: { ...clockSelect, name: true } } },
    }),
    db.agreement.findMany({
      orderBy: { signedAt: "desc" },
      select: { id: true, translations: { select: { ...clockSelect, title: true } } },
    }),
  ]);
  return {
    drafts: drafts.map(toAdminPostRow),
    scheduled: scheduled.map(toAdminPostRow),
    published: published.map(toAdminPostRow),
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
        states: liveTranslationStates(c.translations),
      })),
      ...agreements.map((a) => ({
        kind: "agreement" as const,
        id: a.id,
        title: pickTranslation(a.translations, sourceLocale)?.translation.title ?? "—",
        states: liveTranslationStates(a.translations),
      })),
    ],
  };
}
