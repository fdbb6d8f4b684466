import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClusterEditorPage } from "@/components/admin/clusters/cluster-editor-page";
import { PageHeader } from "@/components/admin/shared/page-header";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { getClusterForEditor } from "@/lib/data/admin/clusters/queries";
import { routeParams } from "@/lib/i18n/params";
import { saveClusterAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/clusters/[id]">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminClusters" });
  return { title: t("edit") };
}

export default async function EditClusterPage({ params, searchParams }: PageProps<"/[locale]/admin/clusters/[id]">) {
  const { locale, id } = await routeParams(params);
  const viewer = assertRole(await getViewer(), EDITOR_ROLES);
  const cluster = await getClusterForEditor(viewer, id);
  if (!cluster) notFound();
  const { saved } = await searchParams;
  const [t, te] = await Promise.all([
    getTranslations({ locale, namespace: "AdminClusters" }),
    getTranslations({ locale, namespace: "AdminEditor" }),
  ]);

  return (
    <div className="space-y-4">
      <PageHeader
        title={cluster.translations.pl.name || t("edit")}
        lang="pl"
        subtitle={te("version", { version: cluster.version })}
        links={[
          { href: `/clusters/${cluster.slug}`, label: te("view"), external: true },
          { href: `/admin/clusters/${cluster.id}/history`, label: te("history") },
          { href: `/admin/clusters/${cluster.id}/team`, label: t("team") },
        ]}
        saved={saved === String(cluster.version) ? t("savedAt", { version: cluster.version }) : null}
      />
      <ClusterEditorPage
        action={saveClusterAction}
        key={cluster.version}
        locale={locale}
        viewer={viewer}
        cluster={cluster}
      />
    </div>
  );
}
