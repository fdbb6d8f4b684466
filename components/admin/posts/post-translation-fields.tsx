"use client";

import { Field, inputClass, TextField } from "@/components/forms/field";
import type { PostTranslationSnapshot } from "@/lib/data/admin/posts/snapshot";
import type { AppLocale } from "@/lib/i18n/locales";
import { BodyEditor } from "../rich-text/body-editor";
import type { RichTextImage } from "../rich-text/editor";
import type { PostEditorLabels } from "./post-labels";

// One language version of a post: title, slug, summary, body, SEO fields, publish switch.
export function PostTranslationFields({
  locale,
  value,
  errors,
  images,
  labels,
}: {
  locale: AppLocale;
  value: PostTranslationSnapshot;
  errors: Record<string, string>;
  images: RichTextImage[];
  labels: PostEditorLabels;
}) {
  const name = (field: string) => `t.${locale}.${field}`;
  const error = (field: string) => errors[`translations.${locale}.${field}`];

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
      <Field name={name("excerpt")} label={labels.excerpt} hint={labels.excerptHint} error={error("excerpt")}>
        {(wiring) => (
          <textarea name={name("excerpt")} defaultValue={value.excerpt} rows={3} className={inputClass} {...wiring} />
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
      <details className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-800">{labels.seo}</summary>
        <div className="mt-3 space-y-4">
          <TextField
            name={name("seoTitle")}
            label={labels.seoTitle}
            defaultValue={value.seoTitle}
            error={error("seoTitle")}
          />
          <Field name={name("seoDescription")} label={labels.seoDescription} error={error("seoDescription")}>
            {(wiring) => (
              <textarea
                name={name("seoDescription")}
                defaultValue={value.seoDescription}
                rows={2}
                className={inputClass}
                {...wiring}
              />
            )}
          </Field>
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
