"use client";

import { Field, inputClass, TextField } from "@/components/forms/field";
import { type AgreementEditorTranslation } from "@/lib/data/admin/agreements/queries";
import type { AppLocale } from "@/lib/i18n/locales";
import type { AgreementEditorLabels } from "./agreement-labels";
import { BodyEditor } from "@/components/admin/rich-text/body-editor";
import type { RichTextImage } from "@/components/admin/rich-text/editor";

export type AgreementSourceText = Omit<AgreementEditorTranslation, "state">;

// One language version of an agreement: title, summary and body; beside a translation, the Polish source.
export function AgreementTranslationFields({
  locale,
  value,
  errors,
  source,
  images,
  labels,
}: {
  locale: AppLocale;
  value: AgreementSourceText;
  errors: Record<string, string>;
  source: AgreementSourceText | null;
  images: RichTextImage[];
  labels: AgreementEditorLabels;
}) {
  const name = (field: string) => `t.${locale}.${field}`;
  const error = (field: string) => errors[`translations.${locale}.${field}`];

  return (
    <div className={source ? "grid gap-6 xl:grid-cols-2" : ""}>
      <div className="min-w-0 space-y-4" lang={locale}>
        <TextField name={name("title")} label={labels.title} defaultValue={value.title} error={error("title")} />
        <Field name={name("summary")} label={labels.summary} hint={labels.summaryHint} error={error("summary")}>
          {(wiring) => (
            <textarea name={name("summary")} defaultValue={value.summary} rows={3} className={inputClass} {...wiring} />
          )}
        </Field>
        <Field name={name("body")} label={labels.body} error={error("body")}>
          {(wiring) => (
            <BodyEditor name={name("body")} defaultValue={value.body} images={images} lang={locale} wiring={wiring} />
          )}
        </Field>
      </div>
      {source && (
        <aside
          lang="pl"
          aria-label={labels.source}
          className="min-w-0 rounded-md border border-slate-200 bg-slate-50 p-4 text-sm"
        >
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{labels.sourceHint}</p>
          {source.title ? (
            <>
              <p className="mt-2 text-lg font-semibold text-slate-900">{source.title}</p>
              {source.summary && <p className="mt-2 text-slate-700">{source.summary}</p>}
              {/* Sanitized again by the page before it reaches here. */}
              <div
                className="prose-content mt-3 max-h-[32rem] overflow-auto"
                dangerouslySetInnerHTML={{ __html: source.body }}
              />
            </>
          ) : (
            <p className="mt-2 text-slate-700">{labels.noSource}</p>
          )}
        </aside>
      )}
    </div>
  );
}
