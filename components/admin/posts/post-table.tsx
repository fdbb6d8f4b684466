import { getTranslations } from "next-intl/server";
import { AdminTable, TitleCell } from "@/components/admin/shared/admin-table";
import { TranslationBadges } from "@/components/admin/shared/translation-badges";
import type { AdminPostRow } from "@/lib/data/admin/posts/queries";
import type { AppLocale } from "@/lib/i18n/locales";

// Posts as a table: title (links to the editor), status, language states, dates.
export async function PostTable({
  rows,
  locale,
  format,
}: {
  rows: AdminPostRow[];
  locale: AppLocale;
  format: (iso: string) => string;
}) {
  const [t, tAdmin] = await Promise.all([
    getTranslations({ locale, namespace: "AdminPosts" }),
    getTranslations({ locale, namespace: "Admin" }),
  ]);
  if (rows.length === 0) return <p className="text-sm text-slate-600">{tAdmin("none")}</p>;
  const columns = ["title", "status", "languages", "date"] as const;
  return (
    <AdminTable columns={columns.map((column) => t(`columns.${column}`))}>
      {rows.map((row) => (
        <tr key={row.id}>
          <TitleCell
            href={`/admin/posts/${row.id}`}
            title={row.title}
            markers={row.isDemo ? [{ label: tAdmin("demo"), tone: "demo" }] : []}
          />
          <td className="whitespace-nowrap px-3 py-2">{tAdmin(`postStatus.${row.status}`)}</td>
          <td className="px-3 py-2">
            <TranslationBadges states={row.states} locale={locale} />
          </td>
          <td className="whitespace-nowrap px-3 py-2 text-slate-700">
            {row.publishedAt ? format(row.publishedAt) : "—"}
          </td>
        </tr>
      ))}
    </AdminTable>
  );
}
