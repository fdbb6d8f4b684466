import type { Metadata } from "next";
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { ClusterTable } from "@/components/admin/clusters/cluster-table";
import { getViewer } from "@/lib/auth/viewer";
import { listAdminClusters } from "@/lib/data/admin/clusters/queries";
import { routeParams } from "@/lib/i18n/params";

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
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <NextLink
          href={`/${locale}/admin/clusters/new`}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("new")}
        </NextLink>
      </div>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ClusterTable rows={rows} locale={locale} />
      )}
    </div>
  );
}
