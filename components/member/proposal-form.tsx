"use client";

import { useActionState } from "react";
import { RichTextField } from "@/components/admin/rich-text/rich-text-field";
import type { RichTextEditorLabels, RichTextImage } from "@/components/admin/rich-text/editor";
import { FormMessage, SelectField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { languageOptions } from "@/lib/i18n/locales";
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
      <SelectField
        name="language"
        label={labels.language}
        error={e.language}
        defaultValue={v.language ?? locale}
        options={languageOptions}
      />
      <TextField name="title" label={labels.title} defaultValue={v.title} error={e.title} />
      <TextField
        name="excerpt"
        label={labels.excerpt}
        hint={labels.excerptHint}
        defaultValue={v.excerpt}
        error={e.excerpt}
      />
      <RichTextField
        name="body"
        label={labels.body}
        error={e.body}
        defaultValue={v.body ?? ""}
        images={images}
        lang={v.language ?? locale}
        labels={labels.richText}
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </form>
  );
}
