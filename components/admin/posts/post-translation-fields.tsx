"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass, TextField } from "@/components/forms/field";
import type { PostEditorTranslation } from "@/lib/data/admin/posts/queries";
import type { AppLocale } from "@/lib/i18n/locales";
import { BodyEditor } from "@/components/admin/rich-text/body-editor";

export interface SourceText {
  title: string;
  excerpt: string;
  body: string;
}

// One language version of a post: title, slug, summary, body, SEO fields, publish switch;
// beside a translation, the Polish source for reference.
export function PostTranslationFields({
  locale,
  value,
  errors,
  source,
  images,
}: {
  locale: AppLocale;
  value: Omit<PostEditorTranslation, "state" | "publicSlug">;
  errors: Record<string, string>;
  source: SourceText | null;
  images: { id: string; src: string; alt: string; width?: number; height?: number }[];
}) {
  const t = useTranslations("AdminPosts");
  const name = (field: string) => `t.${locale}.${field}`;
  const error = (field: string) => errors[`translations.${locale}.${field}`];

  return (
    <div className={source ? "grid gap-6 xl:grid-cols-2" : ""}>
      <div className="min-w-0 space-y-4" lang={locale}>
        <TextField name={name("title")} label={t("fields.title")} defaultValue={value.title} error={error("title")} />
        <TextField
          name={name("slug")}
          label={t("fields.slug")}
          hint={t("fields.slugHint")}
          defaultValue={value.slug}
          error={error("slug")}
          spellCheck={false}
          autoCapitalize="off"
        />
        <Field
          name={name("excerpt")}
          label={t("fields.excerpt")}
          hint={t("fields.excerptHint")}
          error={error("excerpt")}
        >
          {(wiring) => (
            <textarea name={name("excerpt")} defaultValue={value.excerpt} rows={3} className={inputClass} {...wiring} />
          )}
        </Field>
        <Field name={name("body")} label={t("fields.body")} error={error("body")}>
          {(wiring) => (
            <BodyEditor name={name("body")} defaultValue={value.body} images={images} lang={locale} wiring={wiring} />
          )}
        </Field>
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("fields.seo")}</summary>
          <div className="mt-3 space-y-4">
            <TextField
              name={name("seoTitle")}
              label={t("fields.seoTitle")}
              defaultValue={value.seoTitle}
              error={error("seoTitle")}
            />
            <Field name={name("seoDescription")} label={t("fields.seoDescription")} error={error("seoDescription")}>
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
            {t("fields.publish")}
          </label>
          <p className="ml-7 text-xs text-slate-600">{t("fields.publishHint")}</p>
          {error("publish") && <p className="ml-7 text-sm font-medium text-red-700">{error("publish")}</p>}
        </div>
      </div>
      {source && (
        <aside
          lang="pl"
          aria-label={t("source")}
          className="min-w-0 rounded-md border border-slate-200 bg-slate-50 p-4 text-sm"
        >
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("sourceHint")}</p>
          {source.title ? (
            <>
              <p className="mt-2 text-lg font-semibold text-slate-900">{source.title}</p>
              {source.excerpt && <p className="mt-2 text-slate-700">{source.excerpt}</p>}
              {/* Sanitized again by the page before it reaches here. */}
              <div
                className="prose-content mt-3 max-h-[32rem] overflow-auto"
                dangerouslySetInnerHTML={{ __html: source.body }}
              />
            </>
          ) : (
            <p className="mt-2 text-slate-700">{t("noSource")}</p>
          )}
        </aside>
      )}
    </div>
  );
}
