"use client";

import { useActionState } from "react";
import { BodyEditor } from "@/components/admin/rich-text/body-editor";
import type { RichTextEditorLabels, RichTextImage } from "@/components/admin/rich-text/editor";
import { Field, FormMessage, inputClass, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { localeNames, locales } from "@/lib/i18n/locales";
import { idleForm, type FormState } from "@/lib/validation/form";

export type ProposalLabels = Record<
  "language" | "title" | "excerpt" | "excerptHint" | "body" | "submit" | "submitting",
  string
> & { richText: RichTextEditorLabels };

// A member's news proposal: language, title, summary and text with the site's rich-text editor.
export function ProposalForm({
  action,
  locale,
  images,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  images: RichTextImage[];
  labels: ProposalLabels;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.errors ?? {};
  return (
    // After a sent proposal the key gives an empty form; after an error the typed text comes back.
    <form key={`${state.status}-${state.message ?? ""}`} action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage status={state.status} message={state.message} />
      <Field name="language" label={labels.language} error={e.language}>
        {(wiring) => (
          <select name="language" defaultValue={v.language ?? locale} className={inputClass} {...wiring}>
            {locales.map((l) => (
              <option key={l} value={l}>
                {localeNames[l]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField name="title" label={labels.title} defaultValue={v.title} error={e.title} />
      <TextField
        name="excerpt"
        label={labels.excerpt}
        hint={labels.excerptHint}
        defaultValue={v.excerpt}
        error={e.excerpt}
      />
      <Field name="body" label={labels.body} error={e.body}>
        {(wiring) => (
          <BodyEditor
            name="body"
            defaultValue={v.body ?? ""}
            images={images}
            lang={v.language ?? locale}
            labels={labels.richText}
            wiring={wiring}
          />
        )}
      </Field>
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </form>
  );
}
