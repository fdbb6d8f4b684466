import "server-only";
import type { Region } from "@/lib/generated/prisma/enums";
import { assertRole, AuthorizationError, EDITOR_ROLES, isEditor, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, byLocale, pickTranslation, sourceLocale } from "@/lib/i18n/locales";
import {
  clusterSnapshotInclude,
  clusterSnapshotOf,
  type ClusterSnapshot,
  type ClusterTranslationSnapshot,
} from "./snapshot";
import { type Choice, clusterChoices, type ImageChoice, imageChoices } from "../shared/choices";
import { liveTranslationStates, type TranslationState } from "../shared/translation-states";
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
      states: liveTranslationStates(row.translations),
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
  const states = liveTranslationStates(cluster.translations);
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
    translations: byLocale((l) => ({ ...(snapshot.translations[l] ?? empty), state: states[l] })),
  };
}

export interface ClusterEditorOptions {
  parents: Choice[];
  images: ImageChoice[];
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
  const [parents, images] = await Promise.all([
    member
      ? []
      : clusterChoices(locale, {
          // The current parent stays listed even if it is no longer an umbrella, so nothing is lost silently.
          OR: [{ isUmbrella: true }, ...(cluster?.parentId ? [{ id: cluster.parentId }] : [])],
          ...(cluster ? { NOT: { id: cluster.id } } : {}),
        }),
    // The current logo is offered even when it is older than the newest hundred images.
    imageChoices(locale, { clusterId: member ? cluster?.id : undefined, current: cluster?.logoId }),
  ]);
  return { parents, images };
}
