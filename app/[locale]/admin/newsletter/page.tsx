import type { Metadata } from "next";
import { newsletterOverview } from "@/lib/data/admin/newsletter/queries";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { NewsletterIssueTable } from "@/components/admin/newsletter/issue-table";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { localeNames, locales } from "@/lib/i18n/locales";
import { routeParams } from "@/lib/i18n/params";
import { createIssueAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/newsletter">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminNewsletter" });
  return { title: t("title") };
}

export default async function NewsletterPage({ params }: PageProps<"/[locale]/admin/newsletter">) {
  const { locale } = await routeParams(params);
  const viewer = assertRole(await getViewer(), EDITOR_ROLES);
  const { subscribers, confirmedByLocale, issues } = await newsletterOverview(viewer);
  const t = await getTranslations({ locale, namespace: "AdminNewsletter" });
  const format = await getFormatter({ locale });
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
          <p className="text-sm text-slate-700">{t("intro")}</p>
        </div>
        <ActionButton
          action={createIssueAction}
          fields={{ locale }}
          label={t("newIssue")}
          pendingLabel={t("creating")}
          variant="primary"
        />
      </div>

      <section aria-labelledby="nl-subscribers" className="rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="nl-subscribers" className="text-lg font-semibold text-slate-900">
            {t("subscribers.heading")}
          </h2>
          {viewer.role === "ADMIN" && (
            <Link
              href="/admin/newsletter/subscribers"
              className="text-sm font-medium text-brand-700 underline underline-offset-2"
            >
              {t("subscribers.manage")}
            </Link>
          )}
        </div>
        <p className="mt-1 text-slate-800">{t("subscribers.confirmedTotal", { count: subscribers.CONFIRMED })}</p>
        <h3 className="mt-4 text-sm font-medium text-slate-700">{t("subscribers.byLanguage")}</h3>
        <CountGrid
          items={locales.map((l) => ({ key: l, label: localeNames[l], lang: l, value: confirmedByLocale[l] }))}
          format={(n) => format.number(n)}
        />
        <CountGrid
          items={[
            { key: "pending", label: t("subscribers.pending"), value: subscribers.PENDING },
            { key: "unsubscribed", label: t("subscribers.unsubscribed"), value: subscribers.UNSUBSCRIBED },
          ]}
          format={(n) => format.number(n)}
        />
      </section>

      <section aria-labelledby="nl-issues">
        <h2 id="nl-issues" className="mb-3 text-lg font-semibold text-slate-900">
          {t("issues")}
        </h2>
        {issues.length === 0 ? (
          <p className="text-slate-700">{t("noIssues")}</p>
        ) : (
          <NewsletterIssueTable issues={issues} locale={locale} />
        )}
      </section>
    </div>
  );
}

function CountGrid({
  items,
  format,
}: {
  items: { key: string; label: string; lang?: string; value: number }[];
  format: (value: number) => string;
}) {
  return (
    <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-3 lg:grid-cols-5">
      {items.map((item) => (
        <div key={item.key} className="rounded-md bg-slate-50 px-3 py-2">
          <dt className="text-slate-600" lang={item.lang}>
            {item.label}
          </dt>
          <dd className="text-lg font-semibold text-slate-900">{format(item.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
