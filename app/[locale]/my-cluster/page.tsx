import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClusterEditorPage } from "@/components/admin/clusters/cluster-editor-page";
import { PageHeader } from "@/components/admin/shared/page-header";
import { CompletenessMeter } from "@/components/member/completeness-meter";
import { getMemberProfile } from "@/lib/data/member/profile";
import { routeParams } from "@/lib/i18n/params";
import { memberAreaViewer } from "./member-viewer";
import { saveMyProfileAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/my-cluster">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "MyCluster.nav" });
  return { title: t("profile") };
}

const savedMessages = { pending: "savedPending", published: "savedPublished", unchanged: "unchanged" } as const;

export default async function MyClusterProfilePage({ params, searchParams }: PageProps<"/[locale]/my-cluster">) {
  const { locale } = await routeParams(params);
  const viewer = await memberAreaViewer(locale);
  if (!viewer) return null;
  const profile = await getMemberProfile(viewer);
  const { saved } = await searchParams;
  const t = await getTranslations({ locale, namespace: "MyCluster.profile" });
  const format = await getFormatter({ locale });
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const savedKey =
    typeof saved === "string" && saved in savedMessages ? savedMessages[saved as keyof typeof savedMessages] : null;
  const { pending, lastDecision } = profile;
  return (
    <div className="space-y-5">
      <PageHeader
        title={profile.cluster.translations[locale].name || profile.cluster.translations.pl.name}
        subtitle={t("intro")}
        links={[{ href: `/clusters/${profile.slug}`, label: t("viewPublic"), external: true }]}
        saved={savedKey && t(savedKey)}
      />
      {profile.cluster.trusted ? (
        <p className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">{t("trusted")}</p>
      ) : pending ? (
        <p
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="review-state"
        >
          {t("pending", { date: date(pending.updatedAt), author: pending.author ?? "—" })}
        </p>
      ) : (
        lastDecision && (
          <div
            data-testid="review-state"
            className={`rounded-md border px-3 py-2 text-sm ${lastDecision.status === "APPROVED" ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}
          >
            <p>
              {t(lastDecision.status === "APPROVED" ? "approved" : "rejected", { date: date(lastDecision.reviewedAt) })}
            </p>
            {lastDecision.comment && (
              <p className="mt-1 whitespace-pre-line">{t("comment", { comment: lastDecision.comment })}</p>
            )}
          </div>
        )
      )}
      <CompletenessMeter locale={locale} completeness={profile.completeness} />
      <ClusterEditorPage
        key={`${profile.basis.version}-${profile.basis.changeId}-${profile.basis.changeVersion}`}
        locale={locale}
        viewer={viewer}
        cluster={profile.cluster}
        action={saveMyProfileAction}
        basis={{ changeId: profile.basis.changeId, changeVersion: profile.basis.changeVersion }}
      />
    </div>
  );
}
