"use client";

import { Field, inputClass, TextField } from "@/components/forms/field";
import type { AgreementTranslationSnapshot } from "@/lib/data/admin/agreements/snapshot";
import type { AppLocale } from "@/lib/i18n/locales";
import { BodyEditor } from "../rich-text/body-editor";
import type { RichTextImage } from "../rich-text/editor";
import type { AgreementEditorLabels } from "./agreement-labels";

// One language version of an agreement: title, summary and body.
export function AgreementTranslationFields({
  locale,
  value,
  errors,
  images,
  labels,
}: {
  locale: AppLocale;
  value: AgreementTranslationSnapshot;
  errors: Record<string, string>;
  images: RichTextImage[];
  labels: AgreementEditorLabels;
}) {
  const name = (field: string) => `t.${locale}.${field}`;
  const error = (field: string) => errors[`translations.${locale}.${field}`];

  return (
    <>
      <TextField name={name("title")} label={labels.title} defaultValue={value.title} error={error("title")} />
      <Field name={name("summary")} label={labels.summary} hint={labels.summaryHint} error={error("summary")}>
        {(wiring) => (
          <textarea name={name("summary")} defaultValue={value.summary} rows={3} className={inputClass} {...wiring} />
        )}
      </Field>
      <Field name={name("body")} label={labels.body} error={error("body")}>
        {(wiring) => (
          <BodyEditor
            name={name("body")}
            defaultValue={value.body}
            images={images}
            lang={locale}
            labels={labels.richText}
            wiring={wiring}
          />
        )}
      </Field>
    </>
  );
}
