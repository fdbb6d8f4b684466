"use client";

import { Field, inputClass, TextField } from "@/components/forms/field";
import type { ClusterTranslationSnapshot } from "@/lib/data/admin/clusters/snapshot";
import type { AppLocale } from "@/lib/i18n/locales";
import { BodyEditor } from "@/components/admin/rich-text/body-editor";
import type { ClusterEditorLabels } from "./cluster-labels";
import type { RichTextImage } from "@/components/admin/rich-text/editor";

// One language version of a cluster profile: name, short description and description; beside a
// translation, the Polish source.
export function ClusterTranslationFields({
  locale,
  value,
  errors,
  source,
  images,
  labels,
}: {
  locale: AppLocale;
  value: ClusterTranslationSnapshot;
  errors: Record<string, string>;
  source: ClusterTranslationSnapshot | null;
  images: RichTextImage[];
  labels: ClusterEditorLabels;
}) {
  const name = (field: string) => `t.${locale}.${field}`;
  const error = (field: string) => errors[`translations.${locale}.${field}`];

  return (
    <div className={source ? "grid gap-6 xl:grid-cols-2" : ""}>
      <div className="min-w-0 space-y-4" lang={locale}>
        {source && <p className="text-sm text-slate-700">{labels.translationHint}</p>}
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
              wiring={wiring}
            />
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
          {source.name ? (
            <>
              <p className="mt-2 text-lg font-semibold text-slate-900">{source.name}</p>
              {source.shortDescription && <p className="mt-2 text-slate-700">{source.shortDescription}</p>}
              {/* Sanitized again by the page before it reaches here. */}
              <div
                className="prose-content mt-3 max-h-[32rem] overflow-auto"
                dangerouslySetInnerHTML={{ __html: source.description }}
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
