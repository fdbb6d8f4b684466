import "server-only";
import type { Region } from "@/lib/generated/prisma/enums";
import { assertRole, AuthorizationError, EDITOR_ROLES, isEditor, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, locales, pickTranslation, sourceLocale, withSource } from "@/lib/i18n/locales";
import { mediaUrl } from "@/lib/data/media";
import {
  clusterSnapshotInclude,
  clusterSnapshotOf,
  type ClusterSnapshot,
  type ClusterTranslationSnapshot,
} from "./snapshot";
import { translationStates, type TranslationState } from "@/lib/data/admin/posts/queries";
import { assertClusterMember, editableClusters } from "./access";

export interface AdminClusterRow {
  id: string;
  slug: string;
  name: string;
  isUmbrella: boolean;
  region: Region | null;
  isDemo: boolean;
  states: Record<AppLocale, TranslationState>;
}

// Clusters for the admin list: umbrella networks first, then by Polish name.
export async function listAdminClusters(viewer: Viewer | null): Promise<AdminClusterRow[]> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  const rows = await db.cluster.findMany({
    where: editableClusters(editor),
    select: {
      id: true,
      slug: true,
      isUmbrella: true,
      region: true,
      isDemo: true,
      translations: {
        select: { locale: true, name: true, contentUpdatedAt: true, sourceUpdatedAt: true, createdAt: true },
      },
    },
  });
  const collator = new Intl.Collator(sourceLocale);
  return rows
    .map((row) => ({
      id: row.id,
      slug: row.slug,
      name: pickTranslation(row.translations, sourceLocale)?.translation.name ?? row.slug,
      isUmbrella: row.isUmbrella,
      region: row.region,
      isDemo: row.isDemo,
      // Cluster profiles have no drafts: every stored language version is public.
      states: translationStates(row.translations.map((t) => ({ ...t, status: "PUBLISHED" }))),
    }))
    .sort((a, b) => Number(b.isUmbrella) - Number(a.isUmbrella) || collator.compare(a.name, b.name));
}

export interface ClusterEditorTranslation extends ClusterTranslationSnapshot {
  state: TranslationState;
}

export interface ClusterEditorData extends Omit<ClusterSnapshot, "translations"> {
  id: string;
  version: number;
  trusted: boolean;
  translations: Record<AppLocale, ClusterEditorTranslation>;
}

// One cluster as the editor form shows it (every locale, empty where there is no translation).
export async function getClusterForEditor(viewer: Viewer | null, id: string): Promise<ClusterEditorData | null> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  const cluster = await db.cluster.findFirst({
    where: { id, ...editableClusters(editor) },
    include: clusterSnapshotInclude,
  });
  if (!cluster) return null;
  const states = translationStates(cluster.translations.map((t) => ({ ...t, status: "PUBLISHED" })));
  return clusterEditorData(
    clusterSnapshotOf(cluster),
    { id: cluster.id, version: cluster.version, trusted: cluster.trusted },
    states,
  );
}

// A snapshot in the editor's shape: every locale present, empty where there is no translation.
export function clusterEditorData(
  snapshot: ClusterSnapshot,
  row: { id: string; version: number; trusted: boolean },
  states: Record<AppLocale, TranslationState>,
): ClusterEditorData {
  const empty = { name: "", shortDescription: "", description: "" };
  return {
    ...snapshot,
    ...row,
    translations: Object.fromEntries(
      locales.map((l) => [l, { ...(snapshot.translations[l] ?? empty), state: states[l] }]),
    ) as Record<AppLocale, ClusterEditorTranslation>,
  };
}

export interface ClusterEditorOptions {
  parents: { id: string; name: string }[];
  images: { id: string; src: string; alt: string; width?: number; height?: number }[];
}

// Choices offered by the cluster editor: umbrella networks to belong to, and library images. A
// member gets no network choices and only the images its own cluster uploaded.
export async function getClusterEditorOptions(
  viewer: Viewer | null,
  locale: AppLocale,
  cluster: { id: string; parentId: string | null; logoId: string | null } | null,
): Promise<ClusterEditorOptions> {
  const member = !isEditor(viewer);
  if (member && (!cluster || assertClusterMember(viewer).clusterId !== cluster.id)) throw new AuthorizationError();
  const imageScope = member ? { clusterId: cluster?.id } : {};
  const nameIn = { where: { locale: { in: withSource(locale) } } };
  const imageSelect = {
    id: true,
    path: true,
    width: true,
    height: true,
    translations: { ...nameIn, select: { locale: true, alt: true } },
  } as const;
  const [parents, images, logo] = await Promise.all([
    member
      ? []
      : db.cluster.findMany({
          // The current parent stays listed even if it is no longer an umbrella, so nothing is lost silently.
          where: {
            OR: [{ isUmbrella: true }, ...(cluster?.parentId ? [{ id: cluster.parentId }] : [])],
            ...(cluster ? { NOT: { id: cluster.id } } : {}),
          },
          select: { id: true, slug: true, translations: { ...nameIn, select: { locale: true, name: true } } },
        }),
    db.media.findMany({
      where: { kind: "IMAGE", ...imageScope },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: imageSelect,
    }),
    cluster?.logoId ? db.media.findFirst({ where: { id: cluster.logoId, kind: "IMAGE" }, select: imageSelect }) : null,
  ]);
  const collator = new Intl.Collator(locale);
  return {
    parents: parents
      .map((c) => ({ id: c.id, name: pickTranslation(c.translations, locale)?.translation.name ?? c.slug }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    // The current logo is offered even when it is older than the newest hundred images.
    images: [...(logo && !images.some((m) => m.id === logo.id) ? [logo] : []), ...images].map((m) => ({
      id: m.id,
      src: mediaUrl(m.path),
      alt: pickTranslation(m.translations, locale)?.translation.alt ?? "",
      width: m.width ?? undefined,
      height: m.height ?? undefined,
    })),
  };
}
