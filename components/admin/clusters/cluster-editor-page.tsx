import type { Viewer } from "@/lib/auth/viewer";
import { type ClusterEditorData, getClusterEditorOptions } from "@/lib/data/admin/clusters/queries";
import type { AppLocale } from "@/lib/i18n/locales";
import { sanitizeRichText } from "@/lib/sanitize";
import type { FormState } from "@/lib/validation/form";
import { ClusterEditor } from "./cluster-editor";
import { clusterEditorLabels } from "./cluster-labels";

// The cluster editor with its choices and labels: the editors' new and edit pages, and a member's
// own profile (with the basis its proposal was loaded from).
export async function ClusterEditorPage({
  locale,
  viewer,
  cluster,
  action,
  basis,
}: {
  locale: AppLocale;
  viewer: Viewer;
  cluster: ClusterEditorData | null;
  action: (state: FormState, data: FormData) => Promise<FormState>;
  basis?: { changeId: string | null; changeVersion: number };
}) {
  const [options, labels] = await Promise.all([
    getClusterEditorOptions(viewer, locale, cluster),
    clusterEditorLabels(locale),
  ]);
  const pl = cluster?.translations.pl;
  const source = pl ? { title: pl.name, lead: pl.shortDescription, html: sanitizeRichText(pl.description) } : null;
  return (
    <ClusterEditor
      action={action}
      basis={basis}
      locale={locale}
      cluster={cluster}
      options={options}
      source={source}
      labels={labels}
    />
  );
}
