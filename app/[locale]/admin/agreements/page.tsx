import type { Metadata } from "next";
import { listAdminAgreements } from "@/lib/data/admin/agreements/queries";
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { AgreementTable } from "@/components/admin/agreements/agreement-table";
import { getViewer } from "@/lib/auth/viewer";
import { routeParams } from "@/lib/i18n/params";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/agreements">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminAgreements" });
  return { title: t("title") };
}

export default async function AdminAgreementsPage({ params }: PageProps<"/[locale]/admin/agreements">) {
  const { locale } = await routeParams(params);
  const rows = await listAdminAgreements(await getViewer());
  const t = await getTranslations({ locale, namespace: "AdminAgreements" });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
          <p className="text-sm text-slate-700">{t("intro")}</p>
        </div>
        <NextLink
          href={`/${locale}/admin/agreements/new`}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("new")}
        </NextLink>
      </div>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <AgreementTable rows={rows} locale={locale} />
      )}
    </div>
  );
}
