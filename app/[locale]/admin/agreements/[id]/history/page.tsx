import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RevisionHistory } from "@/components/admin/revision-history";
import { FormMessage } from "@/components/forms/field";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { getAgreementForEditor } from "@/lib/data/admin/agreements";
import { getRevisionHistory } from "@/lib/data/admin/revisions";
import { routeParams } from "@/lib/i18n/params";
import { restoreAgreementAction } from "../../actions";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/admin/agreements/[id]/history">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminHistory" });
  return { title: t("title") };
}

export default async function AgreementHistoryPage({
  params,
  searchParams,
}: PageProps<"/[locale]/admin/agreements/[id]/history">) {
  const { locale, id } = await routeParams(params);
  const viewer = assertRole(await getViewer(), EDITOR_ROLES);
  const agreement = await getAgreementForEditor(viewer, id);
  if (!agreement) notFound();
  const history = await getRevisionHistory(viewer, EDITOR_ROLES, { type: "agreement", id });
  const { restored } = await searchParams;
  const t = await getTranslations({ locale, namespace: "AdminHistory" });
  const tAgreements = await getTranslations({ locale, namespace: "AdminAgreements" });
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <NextLink
            href={`/${locale}/admin/agreements/${id}`}
            className="text-brand-700 underline underline-offset-2"
            lang="pl"
          >
            ← {agreement.translations.pl.title}
          </NextLink>
        </p>
        <h1 className="mt-2 text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </div>
      {typeof restored === "string" && (
        <FormMessage status="ok" message={t("restored", { from: restored, version: agreement.version })} />
      )}
      {history.length === 0 ? (
        <p className="text-slate-700">{tAgreements("noHistory")}</p>
      ) : (
        <RevisionHistory
          locale={locale}
          entityId={id}
          currentVersion={agreement.version}
          history={history}
          restoreAction={restoreAgreementAction}
        />
      )}
    </div>
  );
}
