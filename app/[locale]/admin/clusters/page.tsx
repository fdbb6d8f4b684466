import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClusterTable } from "@/components/admin/clusters/cluster-table";
import { getViewer } from "@/lib/auth/viewer";
import { listAdminClusters } from "@/lib/data/admin/clusters/queries";
import { routeParams } from "@/lib/i18n/params";
import { PageHeader } from "@/components/admin/shared/page-header";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/clusters">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminClusters" });
  return { title: t("title") };
}

export default async function AdminClustersPage({ params }: PageProps<"/[locale]/admin/clusters">) {
  const { locale } = await routeParams(params);
  const rows = await listAdminClusters(await getViewer());
  const t = await getTranslations({ locale, namespace: "AdminClusters" });
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} primary={{ href: "/admin/clusters/new", label: t("new") }} />
      {rows.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ClusterTable rows={rows} locale={locale} />
      )}
    </div>
  );
}
