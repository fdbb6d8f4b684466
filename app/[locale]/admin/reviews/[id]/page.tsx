import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChangeList } from "@/components/admin/shared/change-list";
import { ReviewForm } from "@/components/admin/reviews/review-form";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { getChangeForReview } from "@/lib/data/admin/clusters/reviews";
import { localeNames, locales } from "@/lib/i18n/locales";
import { routeParams } from "@/lib/i18n/params";
import { reviewChangeAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/reviews/[id]">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminReviews" });
  return { title: t("title") };
}

// One member's proposed profile: what changes, field by field and language by language, against
// the public profile as it is now; then approve or reject with a comment.
export default async function ReviewChangePage({ params }: PageProps<"/[locale]/admin/reviews/[id]">) {
  const { locale, id } = await routeParams(params);
  const viewer = assertRole(await getViewer(), EDITOR_ROLES);
  const change = await getChangeForReview(viewer, id);
  if (!change) notFound();
  const t = await getTranslations({ locale, namespace: "AdminReviews" });
  const format = await getFormatter({ locale });
  const profile = change.changes.filter((c) => c.locale === null);
  const groups = [
    { key: "profile", title: t("profile"), lang: undefined, changes: profile },
    ...locales.map((l) => ({
      key: l,
      title: localeNames[l],
      lang: l,
      changes: change.changes.filter((c) => c.locale === l),
    })),
  ].filter((g) => g.changes.length > 0);
  const logo = change.logo;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/admin/reviews" className="text-brand-700 underline underline-offset-2">
            ← {t("title")}
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold text-slate-900">{t("heading", { cluster: change.clusterName })}</h1>
        <p className="text-sm text-slate-600">
          {t("savedBy", {
            author: change.author ?? "—",
            date: format.dateTime(new Date(change.updatedAt), { dateStyle: "medium", timeStyle: "short" }),
          })}
          {" · "}
          <Link
            href={`/clusters/${change.clusterSlug}`}
            target="_blank"
            rel="noopener"
            className="text-brand-700 underline"
          >
            {t("viewPublic")}
          </Link>
        </p>
      </div>
      {change.stale && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("stale")}</p>
      )}
      {logo && (
        <section aria-labelledby="logo" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="logo" className="font-semibold text-slate-900">
            {t("logo")}
          </h2>
          <div className="mt-3 flex flex-wrap gap-6">
            {(["before", "after"] as const).map((side) => (
              <figure key={side} className="space-y-1">
                {logo[side] ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a stored upload shown at thumbnail size
                  <img
                    src={logo[side]}
                    alt=""
                    className="h-24 w-24 rounded-md border border-slate-200 object-contain"
                  />
                ) : (
                  <div className="flex h-24 w-24 items-center justify-center rounded-md border border-dashed border-slate-300 text-sm text-slate-500">
                    {t("noLogo")}
                  </div>
                )}
                <figcaption className="text-sm text-slate-700">
                  {t(side === "before" ? "logoBefore" : "logoAfter")}
                </figcaption>
              </figure>
            ))}
          </div>
        </section>
      )}
      {groups.map((g) => (
        <section
          key={g.key}
          aria-labelledby={`changes-${g.key}`}
          className="rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id={`changes-${g.key}`} className="font-semibold text-slate-900">
            {g.title}
          </h2>
          <ChangeList locale={locale} changes={g.changes} />
        </section>
      ))}
      <section className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <ReviewForm
          action={reviewChangeAction}
          locale={locale}
          fields={{ id: change.id, version: String(change.version) }}
          labels={{ comment: t("comment"), commentHint: t("commentHint"), working: t("working") }}
          decisions={[
            { value: "approve", label: t("approve"), tone: "primary" },
            { value: "reject", label: t("reject"), tone: "danger" },
          ]}
        />
      </section>
    </div>
  );
}
