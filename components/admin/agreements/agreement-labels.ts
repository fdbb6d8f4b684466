import { getTranslations } from "next-intl/server";
import { type TranslationState } from "@/lib/data/admin/shared/translation-states";
import { type AppLocale, localeNames, locales } from "@/lib/i18n/locales";

const keys = [
  "languages",
  "source",
  "sourceHint",
  "noSource",
  "title",
  "summary",
  "summaryHint",
  "body",
  "details",
  "signedAt",
  "place",
  "slug",
  "slugHint",
  "document",
  "documentHint",
  "noDocument",
  "openDocument",
  "areas",
  "areasHint",
  "noAreas",
  "parties",
  "partiesHint",
  "noParties",
  "party",
  "cluster",
  "chooseCluster",
  "signatoryName",
  "roles",
  "addParty",
  "removeParty",
  "moveUp",
  "moveDown",
  "save",
  "saving",
] as const;

const states = ["published", "draft", "missing", "outdated"] as const satisfies readonly TranslationState[];

export type AgreementEditorLabels = Record<(typeof keys)[number], string> & {
  /** "Role (English)" for each language of the signatory's role. */
  signatoryRole: Record<AppLocale, string>;
  translationState: Record<TranslationState, string>;
};

// The agreement editor's texts, translated on the server and handed to its client components.
export async function agreementEditorLabels(locale: AppLocale): Promise<AgreementEditorLabels> {
  const t = await getTranslations({ locale, namespace: "AdminAgreements.editor" });
  const tAdmin = await getTranslations({ locale, namespace: "Admin" });
  return {
    ...(Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<(typeof keys)[number], string>),
    signatoryRole: Object.fromEntries(
      locales.map((l) => [l, t("signatoryRole", { language: localeNames[l] })]),
    ) as Record<AppLocale, string>,
    translationState: Object.fromEntries(states.map((s) => [s, tAdmin(`translationState.${s}`)])) as Record<
      TranslationState,
      string
    >,
  };
}
