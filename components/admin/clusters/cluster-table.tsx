import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import type { AdminClusterRow } from "@/lib/data/admin/clusters/queries";
import type { AppLocale } from "@/lib/i18n/locales";
import { TranslationBadges } from "@/components/admin/shared/translation-badges";

// Clusters as a table: name (links to the editor), region, language states, public profile.
export async function ClusterTable({ rows, locale }: { rows: AdminClusterRow[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "AdminClusters" });
  const tAdmin = await getTranslations({ locale, namespace: "Admin" });
  const tRegions = await getTranslations({ locale, namespace: "Regions" });
  const stateLabels = {
    published: tAdmin("translationState.published"),
    draft: tAdmin("translationState.draft"),
    missing: tAdmin("translationState.missing"),
    outdated: tAdmin("translationState.outdated"),
  };
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("columns.name")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.region")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.languages")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.page")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="px-3 py-2">
                <NextLink
                  href={`/${locale}/admin/clusters/${row.id}`}
                  className="font-medium text-brand-700 underline-offset-2 hover:underline"
                  lang="pl"
                >
                  {row.name}
                </NextLink>
                {row.isUmbrella && (
                  <span className="ml-2 rounded bg-brand-50 px-1.5 text-xs text-brand-800">{t("umbrella")}</span>
                )}
                {row.isDemo && (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{tAdmin("demo")}</span>
                )}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{row.region ? tRegions(row.region) : "—"}</td>
              <td className="px-3 py-2">
                <TranslationBadges states={row.states} labels={stateLabels} />
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                <a
                  href={`/${locale}/clusters/${row.slug}`}
                  target="_blank"
                  rel="noopener"
                  aria-label={t("viewLabel", { name: row.name })}
                  className="font-medium text-brand-700 underline underline-offset-2"
                >
                  {t("view")}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
