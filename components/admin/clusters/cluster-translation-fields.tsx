"use client";

import { TextAreaField, TextField } from "@/components/forms/field";
import type { ClusterTranslationSnapshot } from "@/lib/data/admin/clusters/snapshot";
import { sourceLocale } from "@/lib/i18n/locales";
import { RichTextField } from "../rich-text/rich-text-field";
import type { RichTextImage } from "../rich-text/editor";
import type { LanguageFields } from "../shared/translated-editor";
import type { ClusterEditorLabels } from "./cluster-labels";

// One language version of a cluster profile: name, short description and description.
export function ClusterTranslationFields({
  fields,
  value,
  images,
  labels,
}: {
  fields: LanguageFields;
  value: ClusterTranslationSnapshot;
  images: RichTextImage[];
  labels: ClusterEditorLabels;
}) {
  const { locale, name, error } = fields;

  return (
    <>
      {locale !== sourceLocale && <p className="text-sm text-slate-700">{labels.translationHint}</p>}
      <TextField name={name("name")} label={labels.name} defaultValue={value.name} error={error("name")} />
      <TextAreaField
        name={name("shortDescription")}
        label={labels.shortDescription}
        hint={labels.shortDescriptionHint}
        error={error("shortDescription")}
        defaultValue={value.shortDescription}
      />
      <RichTextField
        name={name("description")}
        label={labels.description}
        error={error("description")}
        defaultValue={value.description}
        images={images}
        lang={locale}
        labels={labels.richText}
      />
    </>
  );
}
