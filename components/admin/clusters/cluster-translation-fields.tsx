"use client";

import { Field, inputClass, TextField } from "@/components/forms/field";
import type { ClusterTranslationSnapshot } from "@/lib/data/admin/clusters/snapshot";
import { type AppLocale, sourceLocale } from "@/lib/i18n/locales";
import { BodyEditor } from "../rich-text/body-editor";
import type { RichTextImage } from "../rich-text/editor";
import type { ClusterEditorLabels } from "./cluster-labels";

// One language version of a cluster profile: name, short description and description.
export function ClusterTranslationFields({
  locale,
  value,
  errors,
  images,
  labels,
}: {
  locale: AppLocale;
  value: ClusterTranslationSnapshot;
  errors: Record<string, string>;
  images: RichTextImage[];
  labels: ClusterEditorLabels;
}) {
  const name = (field: string) => `t.${locale}.${field}`;
  const error = (field: string) => errors[`translations.${locale}.${field}`];

  return (
    <>
      {locale !== sourceLocale && <p className="text-sm text-slate-700">{labels.translationHint}</p>}
      <TextField name={name("name")} label={labels.name} defaultValue={value.name} error={error("name")} />
      <Field
        name={name("shortDescription")}
        label={labels.shortDescription}
        hint={labels.shortDescriptionHint}
        error={error("shortDescription")}
      >
        {(wiring) => (
          <textarea
            name={name("shortDescription")}
            defaultValue={value.shortDescription}
            rows={3}
            className={inputClass}
            {...wiring}
          />
        )}
      </Field>
      <Field name={name("description")} label={labels.description} error={error("description")}>
        {(wiring) => (
          <BodyEditor
            name={name("description")}
            defaultValue={value.description}
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
