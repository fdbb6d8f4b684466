"use client";

import { RichTextEditor, type RichTextEditorLabels, type RichTextImage } from "./editor";

// The rich-text editor wired into a Field, with the labels the page translated (richTextLabels).
export function BodyEditor({
  name,
  defaultValue,
  images,
  lang,
  labels,
  wiring,
}: {
  name: string;
  defaultValue: string;
  images: RichTextImage[];
  lang: string;
  labels: RichTextEditorLabels;
  wiring: { id: string; "aria-invalid"?: true; "aria-describedby"?: string };
}) {
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
