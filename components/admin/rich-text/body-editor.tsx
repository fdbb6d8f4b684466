"use client";

import { useTranslations } from "next-intl";
import { RichTextEditor, type RichTextEditorLabels, type RichTextImage } from "./editor";

const labelKeys = [
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

// The rich-text editor with its labels from the Editor messages, wired into a Field.
export function BodyEditor({
  name,
  defaultValue,
  images,
  lang,
  wiring,
}: {
  name: string;
  defaultValue: string;
  images: RichTextImage[];
  lang: string;
  wiring: { id: string; "aria-invalid"?: true; "aria-describedby"?: string };
}) {
  const t = useTranslations("Editor");
  const labels = Object.fromEntries(labelKeys.map((key) => [key, t(key)])) as unknown as RichTextEditorLabels;
  return (
    <RichTextEditor
      name={name}
      defaultValue={defaultValue}
      labels={labels}
      images={images}
      lang={lang}
      id={wiring.id}
      aria-describedby={wiring["aria-describedby"]}
      aria-invalid={wiring["aria-invalid"]}
    />
  );
}
