import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FormMessage } from "@/components/forms/field";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { getClusterForEditor } from "@/lib/data/admin/clusters/queries";
import { routeParams } from "@/lib/i18n/params";
import { ClusterEditorPage } from "@/components/admin/clusters/cluster-editor-page";
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
  const t = await getTranslations({ locale, namespace: "AdminClusters" });
  const linkClass = "font-medium text-brand-700 underline underline-offset-2";

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900" lang="pl">
            {cluster.translations.pl.name || t("edit")}
          </h1>
          <p className="text-sm text-slate-600">{t("version", { version: cluster.version })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          <a href={`/${locale}/clusters/${cluster.slug}`} target="_blank" rel="noopener" className={linkClass}>
            {t("view")}
          </a>
          <NextLink href={`/${locale}/admin/clusters/${cluster.id}/history`} className={linkClass}>
            {t("history")}
          </NextLink>
          <NextLink href={`/${locale}/admin/clusters/${cluster.id}/team`} className={linkClass}>
            {t("team")}
          </NextLink>
        </div>
      </div>
      {saved === String(cluster.version) && (
        <FormMessage status="ok" message={t("savedAt", { version: cluster.version })} />
      )}
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
