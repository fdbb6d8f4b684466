import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteUser } from "@/components/admin/users/invite-user";
import { TeamList } from "@/components/member/team-list";
import { listClusterTeam } from "@/lib/data/member/team";
import { routeParams } from "@/lib/i18n/params";
import { memberAreaViewer } from "../member-viewer";
import { inviteCoEditorAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/my-cluster/team">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "MyCluster.nav" });
  return { title: t("team") };
}

export default async function MyClusterTeamPage({ params }: PageProps<"/[locale]/my-cluster/team">) {
  const { locale } = await routeParams(params);
  const viewer = await memberAreaViewer(locale, "/team");
  if (!viewer) return null;
  const team = await listClusterTeam(viewer, viewer.clusterId);
  const t = await getTranslations({ locale, namespace: "MyCluster" });
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("nav.team")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("team.intro")}</p>
      </div>
      <TeamList locale={locale} team={team} />
      <section aria-labelledby="invite" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="invite" className="mb-4 text-lg font-semibold text-slate-900">
          {t("team.invite")}
        </h2>
        <InviteUser action={inviteCoEditorAction} locale={locale} hidden={{ clusterId: viewer.clusterId }} />
      </section>
    </div>
  );
}
