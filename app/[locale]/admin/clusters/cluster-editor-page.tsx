import { ClusterEditor } from "@/components/admin/cluster-editor";
import { clusterEditorLabels } from "@/components/admin/cluster-labels";
import type { Viewer } from "@/lib/auth/viewer";
import { type ClusterEditorData, getClusterEditorOptions } from "@/lib/data/admin/clusters";
import type { AppLocale } from "@/lib/i18n/locales";
import { sanitizeRichText } from "@/lib/sanitize";
import { saveClusterAction } from "./actions";

// The editor shared by the new-cluster and edit-cluster pages.
export async function ClusterEditorPage({
  locale,
  viewer,
  cluster,
}: {
  locale: AppLocale;
  viewer: Viewer;
  cluster: ClusterEditorData | null;
}) {
  const [options, labels] = await Promise.all([
    getClusterEditorOptions(viewer, locale, cluster),
    clusterEditorLabels(locale),
  ]);
  const pl = cluster?.translations.pl;
  const source = pl
    ? { name: pl.name, shortDescription: pl.shortDescription, description: sanitizeRichText(pl.description) }
    : null;
  return (
    <ClusterEditor
      action={saveClusterAction}
      locale={locale}
      cluster={cluster}
      options={options}
      source={source}
      labels={labels}
    />
  );
}
