import "server-only";
import { getTranslations } from "next-intl/server";
import { type AppLocale, byLocale, localeNames } from "@/lib/i18n/locales";
import { pickLabels } from "@/lib/i18n/labels";
import type { RichTextEditorLabels } from "../rich-text/editor";
import { editorShellLabels, type EditorShellLabels, richTextLabels } from "../shared/editor-labels";

const keys = [
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
] as const;

export type AgreementEditorLabels = Record<(typeof keys)[number], string> & {
  shell: EditorShellLabels;
  richText: RichTextEditorLabels;
  /** "Role (English)" for each language of the signatory's role. */
  signatoryRole: Record<AppLocale, string>;
};

// The agreement editor's texts, translated on the server and handed to its client components.
export async function agreementEditorLabels(locale: AppLocale): Promise<AgreementEditorLabels> {
  const [t, shell, richText] = await Promise.all([
    getTranslations({ locale, namespace: "AdminAgreements.editor" }),
    editorShellLabels(locale),
    richTextLabels(locale),
  ]);
  return {
    ...pickLabels(keys, (key) => t(key)),
    shell,
    richText,
    signatoryRole: byLocale((l) => t("signatoryRole", { language: localeNames[l] })),
  };
}
