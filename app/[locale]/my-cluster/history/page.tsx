import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HistoryPage } from "@/components/admin/shared/history-page";
import { getMemberHistory, getMemberProfile } from "@/lib/data/member/profile";
import { routeParams } from "@/lib/i18n/params";
import { memberAreaViewer } from "../member-viewer";
import { restoreMyRevisionAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/my-cluster/history">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "MyCluster.nav" });
  return { title: t("history") };
}

export default async function MyClusterHistoryPage({ params }: PageProps<"/[locale]/my-cluster/history">) {
  const { locale } = await routeParams(params);
  const viewer = await memberAreaViewer(locale, "/history");
  if (!viewer) return null;
  const [profile, history] = await Promise.all([getMemberProfile(viewer), getMemberHistory(viewer)]);
  const t = await getTranslations({ locale, namespace: "MyCluster.history" });
  return (
    <HistoryPage
      locale={locale}
      back={null}
      intro={t("intro")}
      restoredMessage={null}
      entityId={viewer.clusterId}
      currentVersion={profile.basis.version}
      history={history}
      restoreAction={restoreMyRevisionAction}
      restoreFields={{ changeId: profile.basis.changeId ?? "", changeVersion: String(profile.basis.changeVersion) }}
    />
  );
}
