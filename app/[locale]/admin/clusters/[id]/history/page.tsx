import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RevisionHistory } from "@/components/admin/revision-history";
import { FormMessage } from "@/components/forms/field";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { getClusterForEditor } from "@/lib/data/admin/clusters";
import { getRevisionHistory } from "@/lib/data/admin/revisions";
import { routeParams } from "@/lib/i18n/params";
import { restoreClusterAction } from "../../actions";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/admin/clusters/[id]/history">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminHistory" });
  return { title: t("title") };
}

export default async function ClusterHistoryPage({
  params,
  searchParams,
}: PageProps<"/[locale]/admin/clusters/[id]/history">) {
  const { locale, id } = await routeParams(params);
  const viewer = assertRole(await getViewer(), EDITOR_ROLES);
  const cluster = await getClusterForEditor(viewer, id);
  if (!cluster) notFound();
  const history = await getRevisionHistory(viewer, EDITOR_ROLES, { type: "cluster", id });
  const { restored } = await searchParams;
  const t = await getTranslations({ locale, namespace: "AdminHistory" });
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <NextLink
            href={`/${locale}/admin/clusters/${id}`}
            className="text-brand-700 underline underline-offset-2"
            lang="pl"
          >
            ← {cluster.translations.pl.name}
          </NextLink>
        </p>
        <h1 className="mt-2 text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </div>
      {typeof restored === "string" && (
        <FormMessage status="ok" message={t("restored", { from: restored, version: cluster.version })} />
      )}
      <RevisionHistory
        locale={locale}
        entityId={id}
        currentVersion={cluster.version}
        history={history}
        restoreAction={restoreClusterAction}
      />
    </div>
  );
}
