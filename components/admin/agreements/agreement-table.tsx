import NextLink from "next/link";
import { type AdminAgreementRow } from "@/lib/data/admin/agreements/queries";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { TranslationBadges } from "@/components/admin/shared/translation-badges";

// Agreements as a table: title (links to the editor), day and place of signing, parties, language states.
export async function AgreementTable({ rows, locale }: { rows: AdminAgreementRow[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "AdminAgreements" });
  const tAdmin = await getTranslations({ locale, namespace: "Admin" });
  const format = await getFormatter({ locale });
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("columns.title")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.signedAt")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.place")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.parties")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.languages")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="px-3 py-2">
                <NextLink
                  href={`/${locale}/admin/agreements/${row.id}`}
                  className="font-medium text-brand-700 underline-offset-2 hover:underline"
                  lang="pl"
                >
                  {row.title}
                </NextLink>
                {row.isDemo && (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{tAdmin("demo")}</span>
                )}
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                <time dateTime={row.signedAt}>
                  {format.dateTime(new Date(`${row.signedAt}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}
                </time>
              </td>
              <td className="px-3 py-2" lang="pl">
                {row.place}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{t("partyCount", { count: row.parties })}</td>
              <td className="px-3 py-2">
                <TranslationBadges
                  states={row.states}
                  labels={{
                    published: tAdmin("translationState.published"),
                    draft: tAdmin("translationState.draft"),
                    missing: tAdmin("translationState.missing"),
                    outdated: tAdmin("translationState.outdated"),
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
