import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/admin/shared/page-header";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { routeParams } from "@/lib/i18n/params";
import { ClusterEditorPage } from "@/components/admin/clusters/cluster-editor-page";
import { saveClusterAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/clusters/new">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminClusters" });
  return { title: t("new") };
}

export default async function NewClusterPage({ params }: PageProps<"/[locale]/admin/clusters/new">) {
  const { locale } = await routeParams(params);
  const viewer = assertRole(await getViewer(), EDITOR_ROLES);
  const t = await getTranslations({ locale, namespace: "AdminClusters" });
  return (
    <div className="space-y-4">
      <PageHeader title={t("new")} />
      <ClusterEditorPage action={saveClusterAction} locale={locale} viewer={viewer} cluster={null} />
    </div>
  );
}
