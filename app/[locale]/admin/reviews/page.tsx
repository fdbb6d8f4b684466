import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReviewForm } from "@/components/admin/reviews/review-form";
import { FormMessage } from "@/components/forms/field";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { listPendingChanges } from "@/lib/data/admin/clusters/reviews";
import { listProposedPosts } from "@/lib/data/member/proposals";
import { localeNames } from "@/lib/i18n/locales";
import { routeParams } from "@/lib/i18n/params";
import { declineProposalAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/reviews">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminReviews" });
  return { title: t("title") };
}

const doneMessages = { approved: "approved", rejected: "rejected", declined: "declined" } as const;

// The editors' review queue: member clusters' profile changes and proposed news posts.
export default async function ReviewsPage({ params, searchParams }: PageProps<"/[locale]/admin/reviews">) {
  const { locale } = await routeParams(params);
  const viewer = assertRole(await getViewer(), EDITOR_ROLES);
  const [changes, proposals] = await Promise.all([listPendingChanges(viewer), listProposedPosts(viewer)]);
  const { done } = await searchParams;
  const t = await getTranslations({ locale, namespace: "AdminReviews" });
  const format = await getFormatter({ locale });
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const doneKey =
    typeof done === "string" && done in doneMessages ? doneMessages[done as keyof typeof doneMessages] : null;
  const link = "font-medium text-brand-700 underline underline-offset-2";
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      {doneKey && <FormMessage status="ok" message={t(doneKey)} />}
      <section aria-labelledby="changes" className="space-y-3">
        <h2 id="changes" className="text-lg font-semibold text-slate-900">
          {t("changes")} ({changes.length})
        </h2>
        {changes.length === 0 ? (
          <p className="text-slate-700">{t("noChanges")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {changes.map((c) => (
              <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
                <div>
                  <p className="font-medium text-slate-900" lang="pl">
                    {c.clusterName}
                  </p>
                  <p className="text-sm text-slate-600">
                    {t("savedBy", { author: c.author ?? "—", date: date(c.updatedAt) })}
                  </p>
                </div>
                <Link href={`/admin/reviews/${c.id}`} className={link}>
                  {t("open")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="proposals" className="space-y-3">
        <h2 id="proposals" className="text-lg font-semibold text-slate-900">
          {t("proposals")} ({proposals.length})
        </h2>
        {proposals.length === 0 ? (
          <p className="text-slate-700">{t("noProposals")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {proposals.map((p) => (
              <li key={p.id} className="space-y-3 p-4" data-testid="proposed-post">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <div>
                    <p className="font-medium text-slate-900" lang={p.language}>
                      {p.title} <span className="text-xs font-normal text-slate-500">{localeNames[p.language]}</span>
                    </p>
                    <p className="text-sm text-slate-600">
                      {t("proposedBy", { cluster: p.clusterName, author: p.author ?? "—", date: date(p.createdAt) })}
                    </p>
                  </div>
                  <Link href={`/admin/posts/${p.id}`} className={link}>
                    {t("edit")}
                  </Link>
                </div>
                <details>
                  <summary className="cursor-pointer text-sm font-medium text-red-800">{t("decline")}</summary>
                  <div className="mt-2 max-w-xl">
                    <ReviewForm
                      action={declineProposalAction}
                      locale={locale}
                      fields={{ id: p.id }}
                      labels={{ comment: t("comment"), commentHint: t("declineHint"), working: t("working") }}
                      decisions={[{ value: "decline", label: t("decline"), tone: "danger" }]}
                    />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
