import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InviteUser } from "@/components/admin/users/invite-user";
import { TeamList } from "@/components/member/team-list";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { getClusterForEditor } from "@/lib/data/admin/clusters/queries";
import { listClusterTeam } from "@/lib/data/member/team";
import { routeParams } from "@/lib/i18n/params";
import { inviteCoEditorAction } from "../../../../my-cluster/team/actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/clusters/[id]/team">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminClusters" });
  return { title: t("team") };
}

// The people who keep a member cluster's profile, and an invitation for one more (editors).
export default async function ClusterTeamPage({ params }: PageProps<"/[locale]/admin/clusters/[id]/team">) {
  const { locale, id } = await routeParams(params);
  const viewer = assertRole(await getViewer(), EDITOR_ROLES);
  const cluster = await getClusterForEditor(viewer, id);
  if (!cluster) notFound();
  const team = await listClusterTeam(viewer, id);
  const t = await getTranslations({ locale, namespace: "MyCluster" });
  const tc = await getTranslations({ locale, namespace: "AdminClusters" });
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/admin/clusters/${id}`} className="text-brand-700 underline underline-offset-2" lang="pl">
            ← {cluster.translations.pl.name}
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold text-slate-900">{tc("team")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("team.intro")}</p>
      </div>
      <TeamList locale={locale} team={team} />
      <section aria-labelledby="invite" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="invite" className="mb-4 text-lg font-semibold text-slate-900">
          {t("team.invite")}
        </h2>
        <InviteUser action={inviteCoEditorAction} locale={locale} hidden={{ clusterId: id }} />
      </section>
    </div>
  );
}
