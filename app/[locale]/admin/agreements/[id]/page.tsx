import type { Metadata } from "next";
import { getAgreementForEditor } from "@/lib/data/admin/agreements/queries";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FormMessage } from "@/components/forms/field";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
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
  const t = await getTranslations({ locale, namespace: "AdminAgreements" });
  const linkClass = "font-medium text-brand-700 underline underline-offset-2";

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900" lang="pl">
            {agreement.translations.pl.title || t("edit")}
          </h1>
          <p className="text-sm text-slate-600">{t("version", { version: agreement.version })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          <a href={`/${locale}/agreements/${agreement.slug}`} target="_blank" rel="noopener" className={linkClass}>
            {t("view")}
          </a>
          <NextLink href={`/${locale}/admin/agreements/${agreement.id}/history`} className={linkClass}>
            {t("history")}
          </NextLink>
        </div>
      </div>
      {saved === String(agreement.version) && (
        <FormMessage status="ok" message={t("savedAt", { version: agreement.version })} />
      )}
      <AgreementEditorPage key={agreement.version} locale={locale} viewer={viewer} agreement={agreement} />
    </div>
  );
}
