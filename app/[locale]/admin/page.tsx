import type { Metadata } from "next";
import { getDashboard } from "@/lib/data/admin/dashboard";
import { getFormatter, getTranslations } from "next-intl/server";
import { PostTable } from "@/components/admin/posts/post-table";
import { TranslationMatrix } from "@/components/admin/shared/translation-matrix";
import { getViewer } from "@/lib/auth/viewer";
import { routeParams } from "@/lib/i18n/params";
import { PageHeader } from "@/components/admin/shared/page-header";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminDashboard" });
  return { title: t("title") };
}

export default async function DashboardPage({ params }: PageProps<"/[locale]/admin">) {
  const { locale } = await routeParams(params);
  const data = await getDashboard(await getViewer());
  const t = await getTranslations({ locale, namespace: "AdminDashboard" });
  const format = await getFormatter({ locale });
  return (
    <div className="space-y-10">
      <PageHeader title={t("title")} primary={{ href: "/admin/posts/new", label: t("newPost") }} />
      {(
        [
          ["drafts", data.drafts],
          ["scheduled", data.scheduled],
          ["published", data.published],
        ] as const
      ).map(([key, rows]) => (
        <section key={key} aria-labelledby={`dash-${key}`}>
          <h2 id={`dash-${key}`} className="mb-3 text-lg font-semibold text-slate-900">
            {t(key)}
          </h2>
          <PostTable
            rows={rows}
            locale={locale}
            format={(iso) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" })}
          />
        </section>
      ))}
      <section aria-labelledby="dash-matrix">
        <h2 id="dash-matrix" className="text-lg font-semibold text-slate-900">
          {t("matrix")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t("matrixIntro")}</p>
        <TranslationMatrix items={data.matrix} locale={locale} />
      </section>
    </div>
  );
}
