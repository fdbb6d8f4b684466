import { getFormatter, getTranslations } from "next-intl/server";
import { AdminTable, TitleCell } from "@/components/admin/shared/admin-table";
import { TranslationBadges } from "@/components/admin/shared/translation-badges";
import type { AdminAgreementRow } from "@/lib/data/admin/agreements/queries";
import type { AppLocale } from "@/lib/i18n/locales";

// Agreements as a table: title (links to the editor), day and place of signing, parties, language states.
export async function AgreementTable({ rows, locale }: { rows: AdminAgreementRow[]; locale: AppLocale }) {
  const [t, tAdmin, format] = await Promise.all([
    getTranslations({ locale, namespace: "AdminAgreements" }),
    getTranslations({ locale, namespace: "Admin" }),
    getFormatter({ locale }),
  ]);
  const columns = ["title", "signedAt", "place", "parties", "languages"] as const;
  return (
    <AdminTable columns={columns.map((column) => t(`columns.${column}`))}>
      {rows.map((row) => (
        <tr key={row.id}>
          <TitleCell
            href={`/admin/agreements/${row.id}`}
            title={row.title}
            markers={row.isDemo ? [{ label: tAdmin("demo"), tone: "demo" }] : []}
          />
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
            <TranslationBadges states={row.states} locale={locale} />
          </td>
        </tr>
      ))}
    </AdminTable>
  );
}
