import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/admin/shared/page-header";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { routeParams } from "@/lib/i18n/params";
import { AgreementEditorPage } from "../agreement-editor-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/agreements/new">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminAgreements" });
  return { title: t("new") };
}

export default async function NewAgreementPage({ params }: PageProps<"/[locale]/admin/agreements/new">) {
  const { locale } = await routeParams(params);
  const viewer = assertRole(await getViewer(), EDITOR_ROLES);
  const t = await getTranslations({ locale, namespace: "AdminAgreements" });
  return (
    <div className="space-y-4">
      <PageHeader title={t("new")} />
      <AgreementEditorPage locale={locale} viewer={viewer} agreement={null} />
    </div>
  );
}
