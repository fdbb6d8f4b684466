import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { richTextLabels } from "@/components/admin/shared/editor-labels";
import { ProposalForm } from "@/components/member/proposal-form";
import { getClusterEditorOptions } from "@/lib/data/admin/clusters/queries";
import { listMemberProposals } from "@/lib/data/member/proposals";
import { pickLabels } from "@/lib/i18n/labels";
import { localeNames } from "@/lib/i18n/locales";
import { routeParams } from "@/lib/i18n/params";
import { memberAreaViewer } from "../member-viewer";
import { proposePostAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/my-cluster/posts">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "MyCluster.nav" });
  return { title: t("posts") };
}

const stateTone = {
  review: "bg-amber-100 text-amber-900",
  scheduled: "bg-sky-100 text-sky-900",
  published: "bg-green-100 text-green-900",
  declined: "bg-red-100 text-red-900",
} as const;

const formKeys = ["language", "title", "excerpt", "excerptHint", "body", "submit", "submitting"] as const;

export default async function MyClusterPostsPage({ params }: PageProps<"/[locale]/my-cluster/posts">) {
  const { locale } = await routeParams(params);
  const viewer = await memberAreaViewer(locale, "/posts");
  if (!viewer) return null;
  const [proposals, options, richText] = await Promise.all([
    listMemberProposals(viewer),
    getClusterEditorOptions(viewer, locale, { id: viewer.clusterId, parentId: null, logoId: null }),
    richTextLabels(locale),
  ]);
  const t = await getTranslations({ locale, namespace: "MyCluster" });
  const format = await getFormatter({ locale });
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("nav.posts")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("posts.intro")}</p>
      </div>
      <section aria-labelledby="proposals" className="space-y-3">
        <h2 id="proposals" className="text-lg font-semibold text-slate-900">
          {t("posts.yours")}
        </h2>
        {proposals.length === 0 ? (
          <p className="text-slate-700">{t("posts.empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {proposals.map((p) => (
              <li key={p.id} className="space-y-1 p-4" data-testid="proposal">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-medium text-slate-900" lang={p.language}>
                    {p.title}
                    <span className="ml-2 text-xs font-normal text-slate-500">{localeNames[p.language]}</span>
                  </p>
                  <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${stateTone[p.state]}`}>
                    {t(`posts.state.${p.state}`)}
                  </span>
                </div>
                <p className="text-sm text-slate-600">
                  {t("posts.proposedOn", {
                    date: format.dateTime(new Date(p.createdAt), { dateStyle: "medium" }),
                    author: p.author ?? "—",
                  })}
                </p>
                {p.comment && (
                  <p className="text-sm whitespace-pre-line text-red-900">
                    {t("profile.comment", { comment: p.comment })}
                  </p>
                )}
                {p.url && (
                  <a href={p.url} className="text-sm font-medium text-brand-700 underline underline-offset-2">
                    {t("posts.read")}
                  </a>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="propose" className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="propose" className="mb-4 text-lg font-semibold text-slate-900">
          {t("posts.new")}
        </h2>
        <ProposalForm
          action={proposePostAction}
          locale={locale}
          images={options.images}
          labels={{
            ...pickLabels(formKeys, (key) => t(`posts.${key}`)),
            richText,
          }}
        />
      </section>
    </div>
  );
}
