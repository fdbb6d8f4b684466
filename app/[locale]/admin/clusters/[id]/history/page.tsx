import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HistoryPage } from "@/components/admin/shared/history-page";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { getClusterForEditor } from "@/lib/data/admin/clusters/queries";
import { getRevisionHistory } from "@/lib/data/admin/shared/revisions";
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
  const history = await getRevisionHistory(viewer, { type: "cluster", id });
  const { restored } = await searchParams;
  const t = await getTranslations({ locale, namespace: "AdminHistory" });
  return (
    <HistoryPage
      locale={locale}
      back={{ href: `/admin/clusters/${id}`, label: cluster.translations.pl.name }}
      restoredMessage={
        typeof restored === "string" ? t("restored", { from: restored, version: cluster.version }) : null
      }
      entityId={id}
      currentVersion={cluster.version}
      history={history}
      restoreAction={restoreClusterAction}
    />
  );
}
