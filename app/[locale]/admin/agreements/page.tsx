import type { Metadata } from "next";
import { listAdminAgreements } from "@/lib/data/admin/agreements/queries";
import { getTranslations } from "next-intl/server";
import { AgreementTable } from "@/components/admin/agreements/agreement-table";
import { getViewer } from "@/lib/auth/viewer";
import { routeParams } from "@/lib/i18n/params";
import { PageHeader } from "@/components/admin/shared/page-header";

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
      <PageHeader
        title={t("title")}
        subtitle={t("intro")}
        primary={{ href: "/admin/agreements/new", label: t("new") }}
      />
      {rows.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <AgreementTable rows={rows} locale={locale} />
      )}
    </div>
  );
}
