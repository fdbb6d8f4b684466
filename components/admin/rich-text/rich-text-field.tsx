"use client";

import { Field } from "@/components/forms/field";
import { RichTextEditor, type RichTextEditorLabels, type RichTextImage } from "./editor";

// The rich-text editor as a form field (label, error, screen-reader wiring), with the labels the
// page translated (richTextLabels).
export function RichTextField({
  name,
  label,
  error,
  defaultValue,
  images,
  lang,
  labels,
}: {
  name: string;
  label: string;
  error?: string;
  defaultValue: string;
  images: RichTextImage[];
  lang: string;
  labels: RichTextEditorLabels;
}) {
  return (
    <Field name={name} label={label} error={error}>
      {(wiring) => (
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
      )}
    </Field>
  );
}
