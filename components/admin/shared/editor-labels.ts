import "server-only";
import { getTranslations } from "next-intl/server";
import { translationStateKeys, type TranslationState } from "@/lib/data/admin/shared/translation-states";
import type { AppLocale } from "@/lib/i18n/locales";
import { pickLabels } from "@/lib/i18n/labels";
import type { RichTextEditorLabels } from "../rich-text/editor";

const shellKeys = ["languages", "source", "sourceHint", "noSource", "save", "saving", "tabErrors"] as const;

// The texts of the translated-content editor shell: the language tabs, the Polish source column, saving.
export type EditorShellLabels = Record<(typeof shellKeys)[number], string> & {
  translationState: Record<TranslationState, string>;
};

export async function editorShellLabels(locale: AppLocale): Promise<EditorShellLabels> {
  const [t, tAdmin] = await Promise.all([
    getTranslations({ locale, namespace: "AdminEditor" }),
    getTranslations({ locale, namespace: "Admin" }),
  ]);
  return {
    ...pickLabels(shellKeys, (key) => t(key)),
    translationState: pickLabels(translationStateKeys, (state) => tAdmin(`translationState.${state}`)),
  };
}

const richTextKeys = [
  "editor",
  "toolbar",
  "paragraph",
  "heading2",
  "heading3",
  "bold",
  "italic",
  "underline",
  "link",
  "bulletList",
  "orderedList",
  "blockquote",
  "horizontalRule",
  "image",
  "undo",
  "redo",
  "linkDialogTitle",
  "linkUrl",
  "linkUrlHint",
  "linkInvalid",
  "linkApply",
  "linkRemove",
  "imageDialogTitle",
  "imageNoAlt",
  "imageEmpty",
  "cancel",
] as const satisfies readonly (keyof RichTextEditorLabels)[];

// The rich-text editor's texts (toolbar, link and image dialogs).
export async function richTextLabels(locale: AppLocale): Promise<RichTextEditorLabels> {
  const t = await getTranslations({ locale, namespace: "Editor" });
  return pickLabels(richTextKeys, (key) => t(key));
}
