"use client";

import { TextAreaField, TextField } from "@/components/forms/field";
import type { AgreementTranslationSnapshot } from "@/lib/data/admin/agreements/snapshot";
import { RichTextField } from "../rich-text/rich-text-field";
import type { RichTextImage } from "../rich-text/editor";
import type { LanguageFields } from "../shared/translated-editor";
import type { AgreementEditorLabels } from "./agreement-labels";

// One language version of an agreement: title, summary and body.
export function AgreementTranslationFields({
  fields,
  value,
  images,
  labels,
}: {
  fields: LanguageFields;
  value: AgreementTranslationSnapshot;
  images: RichTextImage[];
  labels: AgreementEditorLabels;
}) {
  const { locale, name, error } = fields;

  return (
    <>
      <TextField name={name("title")} label={labels.title} defaultValue={value.title} error={error("title")} />
      <TextAreaField
        name={name("summary")}
        label={labels.summary}
        hint={labels.summaryHint}
        error={error("summary")}
        defaultValue={value.summary}
      />
      <RichTextField
        name={name("body")}
        label={labels.body}
        error={error("body")}
        defaultValue={value.body}
        images={images}
        lang={locale}
        labels={labels.richText}
      />
    </>
  );
}
