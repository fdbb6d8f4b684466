import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import type { AdminPostRow } from "@/lib/data/admin/posts/queries";
import type { AppLocale } from "@/lib/i18n/locales";
import { TranslationBadges } from "@/components/admin/shared/translation-badges";

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
  const t = await getTranslations({ locale, namespace: "AdminPosts" });
  const tAdmin = await getTranslations({ locale, namespace: "Admin" });
  if (rows.length === 0) return <p className="text-sm text-slate-600">{tAdmin("none")}</p>;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("columns.title")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.status")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.languages")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.date")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="px-3 py-2">
                <NextLink
                  href={`/${locale}/admin/posts/${row.id}`}
                  className="font-medium text-brand-700 underline-offset-2 hover:underline"
                  lang="pl"
                >
                  {row.title}
                </NextLink>
                {row.isDemo && (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{tAdmin("demo")}</span>
                )}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{tAdmin(`postStatus.${row.status}`)}</td>
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
              <td className="whitespace-nowrap px-3 py-2 text-slate-700">
                {row.publishedAt ? format(row.publishedAt) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
