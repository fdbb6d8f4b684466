import { Link } from "@/lib/i18n/navigation";
import { type DashboardData } from "@/lib/data/admin/dashboard";
import { getTranslations } from "next-intl/server";
import { type AppLocale, locales } from "@/lib/i18n/locales";

const symbol = { published: "✓", draft: "✎", missing: "—", outdated: "!" } as const;
const tone = {
  published: "text-green-800",
  draft: "text-slate-700",
  missing: "text-slate-400",
  outdated: "font-bold text-amber-800",
} as const;

// Every post, cluster and agreement against the five languages.
export async function TranslationMatrix({ items, locale }: { items: DashboardData["matrix"]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "AdminDashboard" });
  const tAdmin = await getTranslations({ locale, namespace: "Admin" });
  const href = (item: DashboardData["matrix"][number]) =>
    `/admin/${item.kind === "post" ? "posts" : `${item.kind}s`}/${item.id}`;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              {t("item")}
            </th>
            {locales.map((l) => (
              <th key={l} scope="col" className="px-2 py-2 text-center">
                {l}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item) => (
            <tr key={`${item.kind}-${item.id}`}>
              <th scope="row" className="px-3 py-1.5 text-left font-normal">
                <span className="mr-2 text-xs text-slate-500">{t(`kind.${item.kind}`)}</span>
                <Link href={href(item)} className="text-brand-700 underline-offset-2 hover:underline" lang="pl">
                  {item.title}
                </Link>
              </th>
              {locales.map((l) => (
                <td
                  key={l}
                  className={`px-2 py-1.5 text-center ${tone[item.states[l]]}`}
                  title={tAdmin(`translationState.${item.states[l]}`)}
                >
                  <span aria-hidden="true">{symbol[item.states[l]]}</span>
                  <span className="sr-only">{tAdmin(`translationState.${item.states[l]}`)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
