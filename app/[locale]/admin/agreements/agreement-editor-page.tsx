import { AgreementEditor } from "@/components/admin/agreements/agreement-editor";
import { type AgreementEditorData, getAgreementEditorOptions } from "@/lib/data/admin/agreements/queries";
import { agreementEditorLabels } from "@/components/admin/agreements/agreement-labels";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppLocale } from "@/lib/i18n/locales";
import { sanitizeRichText } from "@/lib/sanitize";
import { saveAgreementAction } from "./actions";

// The editor shared by the new-agreement and edit-agreement pages.
export async function AgreementEditorPage({
  locale,
  viewer,
  agreement,
}: {
  locale: AppLocale;
  viewer: Viewer;
  agreement: AgreementEditorData | null;
}) {
  const [options, labels] = await Promise.all([
    getAgreementEditorOptions(viewer, locale),
    agreementEditorLabels(locale),
  ]);
  const pl = agreement?.translations.pl;
  const source = pl ? { title: pl.title, lead: pl.summary, html: sanitizeRichText(pl.body) } : null;
  return (
    <AgreementEditor
      action={saveAgreementAction}
      locale={locale}
      agreement={agreement}
      options={options}
      source={source}
      labels={labels}
    />
  );
}
