"use client";

import { TextAreaField, TextField } from "@/components/forms/field";
import type { PostTranslationSnapshot } from "@/lib/data/admin/posts/snapshot";
import { RichTextField } from "../rich-text/rich-text-field";
import type { RichTextImage } from "../rich-text/editor";
import type { LanguageFields } from "../shared/translated-editor";
import type { PostEditorLabels } from "./post-labels";

// One language version of a post: title, slug, summary, body, SEO fields, publish switch.
export function PostTranslationFields({
  fields,
  value,
  images,
  labels,
}: {
  fields: LanguageFields;
  value: PostTranslationSnapshot;
  images: RichTextImage[];
  labels: PostEditorLabels;
}) {
  const { locale, name, error } = fields;

  return (
    <>
      <TextField name={name("title")} label={labels.title} defaultValue={value.title} error={error("title")} />
      <TextField
        name={name("slug")}
        label={labels.slug}
        hint={labels.slugHint}
        defaultValue={value.slug}
        error={error("slug")}
        spellCheck={false}
        autoCapitalize="off"
      />
      <TextAreaField
        name={name("excerpt")}
        label={labels.excerpt}
        hint={labels.excerptHint}
        error={error("excerpt")}
        defaultValue={value.excerpt}
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
      <details className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-800">{labels.seo}</summary>
        <div className="mt-3 space-y-4">
          <TextField
            name={name("seoTitle")}
            label={labels.seoTitle}
            defaultValue={value.seoTitle}
            error={error("seoTitle")}
          />
          <TextAreaField
            name={name("seoDescription")}
            label={labels.seoDescription}
            error={error("seoDescription")}
            defaultValue={value.seoDescription}
            rows={2}
          />
        </div>
      </details>
      <div>
        <label className="flex items-center gap-2 font-medium text-slate-900">
          <input type="checkbox" name={name("publish")} defaultChecked={value.publish} className="h-5 w-5" />
          {labels.publish}
        </label>
        <p className="ml-7 text-xs text-slate-600">{labels.publishHint}</p>
        {error("publish") && <p className="ml-7 text-sm font-medium text-red-700">{error("publish")}</p>}
      </div>
    </>
  );
}
