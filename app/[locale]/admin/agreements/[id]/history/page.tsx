import type { Metadata } from "next";
import { getAgreementForEditor } from "@/lib/data/admin/agreements/queries";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HistoryPage } from "@/components/admin/shared/history-page";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { getRevisionHistory } from "@/lib/data/admin/shared/revisions";
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
  const history = await getRevisionHistory(viewer, { type: "agreement", id });
  const { restored } = await searchParams;
  const t = await getTranslations({ locale, namespace: "AdminHistory" });
  const tAgreements = await getTranslations({ locale, namespace: "AdminAgreements" });
  return (
    <HistoryPage
      locale={locale}
      back={{ href: `/admin/agreements/${id}`, label: agreement.translations.pl.title }}
      restoredMessage={
        typeof restored === "string" ? t("restored", { from: restored, version: agreement.version }) : null
      }
      emptyMessage={tAgreements("noHistory")}
      entityId={id}
      currentVersion={agreement.version}
      history={history}
      restoreAction={restoreAgreementAction}
    />
  );
}
