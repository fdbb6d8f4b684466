import "server-only";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { pickLabels } from "@/lib/i18n/labels";
import { postStatusChoices } from "@/lib/validation/posts";
import type { RichTextEditorLabels } from "../rich-text/editor";
import { editorShellLabels, type EditorShellLabels, richTextLabels } from "../shared/editor-labels";

const fieldKeys = [
  "title",
  "slug",
  "slugHint",
  "excerpt",
  "excerptHint",
  "body",
  "seo",
  "seoTitle",
  "seoDescription",
  "publish",
  "publishHint",
  "status",
  "publishAt",
  "publishAtHint",
  "authorName",
  "cover",
  "noCover",
  "agreement",
  "noAgreement",
  "clusters",
  "tags",
] as const;

export type PostEditorLabels = Record<(typeof fieldKeys)[number], string> & {
  shell: EditorShellLabels;
  richText: RichTextEditorLabels;
  statusChoice: Record<(typeof postStatusChoices)[number], string>;
};

// The post editor's texts, translated on the server and handed to its client components.
export async function postEditorLabels(locale: AppLocale): Promise<PostEditorLabels> {
  const [t, shell, richText] = await Promise.all([
    getTranslations({ locale, namespace: "AdminPosts" }),
    editorShellLabels(locale),
    richTextLabels(locale),
  ]);
  return {
    ...pickLabels(fieldKeys, (key) => t(`fields.${key}`)),
    shell,
    richText,
    statusChoice: pickLabels(postStatusChoices, (status) => t(`statusChoice.${status}`)),
  };
}
