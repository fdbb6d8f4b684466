import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/admin/shared/page-header";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { getAgreementForEditor } from "@/lib/data/admin/agreements/queries";
import { routeParams } from "@/lib/i18n/params";
import { AgreementEditorPage } from "../agreement-editor-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/agreements/[id]">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminAgreements" });
  return { title: t("edit") };
}

export default async function EditAgreementPage({
  params,
  searchParams,
}: PageProps<"/[locale]/admin/agreements/[id]">) {
  const { locale, id } = await routeParams(params);
  const viewer = assertRole(await getViewer(), EDITOR_ROLES);
  const agreement = await getAgreementForEditor(viewer, id);
  if (!agreement) notFound();
  const { saved } = await searchParams;
  const [t, te] = await Promise.all([
    getTranslations({ locale, namespace: "AdminAgreements" }),
    getTranslations({ locale, namespace: "AdminEditor" }),
  ]);

  return (
    <div className="space-y-4">
      <PageHeader
        title={agreement.translations.pl.title || t("edit")}
        lang="pl"
        subtitle={te("version", { version: agreement.version })}
        links={[
          { href: `/agreements/${agreement.slug}`, label: te("view"), external: true },
          { href: `/admin/agreements/${agreement.id}/history`, label: te("history") },
        ]}
        saved={saved === String(agreement.version) ? t("savedAt", { version: agreement.version }) : null}
      />
      <AgreementEditorPage key={agreement.version} locale={locale} viewer={viewer} agreement={agreement} />
    </div>
  );
}
