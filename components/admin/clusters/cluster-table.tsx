import { getTranslations } from "next-intl/server";
import { AdminTable, TitleCell } from "@/components/admin/shared/admin-table";
import { TranslationBadges } from "@/components/admin/shared/translation-badges";
import type { AdminClusterRow } from "@/lib/data/admin/clusters/queries";
import type { AppLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

// Clusters as a table: name (links to the editor), region, language states, public profile.
export async function ClusterTable({ rows, locale }: { rows: AdminClusterRow[]; locale: AppLocale }) {
  const [t, tAdmin, tRegions] = await Promise.all([
    getTranslations({ locale, namespace: "AdminClusters" }),
    getTranslations({ locale, namespace: "Admin" }),
    getTranslations({ locale, namespace: "Regions" }),
  ]);
  return (
    <AdminTable columns={[t("columns.name"), t("columns.region"), t("columns.languages"), t("columns.page")]}>
      {rows.map((row) => (
        <tr key={row.id}>
          <TitleCell
            href={`/admin/clusters/${row.id}`}
            title={row.name}
            markers={[
              ...(row.isUmbrella ? [{ label: t("umbrella"), tone: "brand" as const }] : []),
              ...(row.isDemo ? [{ label: tAdmin("demo"), tone: "demo" as const }] : []),
            ]}
          />
          <td className="whitespace-nowrap px-3 py-2">{row.region ? tRegions(row.region) : "—"}</td>
          <td className="px-3 py-2">
            <TranslationBadges states={row.states} locale={locale} />
          </td>
          <td className="whitespace-nowrap px-3 py-2">
            <Link
              href={`/clusters/${row.slug}`}
              target="_blank"
              rel="noopener"
              aria-label={t("viewLabel", { name: row.name })}
              className="font-medium text-brand-700 underline underline-offset-2"
            >
              {t("view")}
            </Link>
          </td>
        </tr>
      ))}
    </AdminTable>
  );
}
