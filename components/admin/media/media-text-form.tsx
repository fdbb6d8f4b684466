"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { type AppLocale, locales } from "@/lib/i18n/locales";
import { idleForm, type FormState } from "@/lib/validation/form";
import { MediaAltFields, type MediaAltLabels } from "./media-alt-fields";

export interface MediaTextLabels {
  alts: MediaAltLabels;
  save: string;
  saving: string;
}

// Edits one library item's descriptions in every language.
export function MediaTextForm({
  action,
  locale,
  id,
  alts,
  maxAltLength,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  id: string;
  alts: Partial<Record<AppLocale, string>>;
  maxAltLength: number;
  labels: MediaTextLabels;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  const values =
    state.status === "error" && state.values
      ? state.values
      : Object.fromEntries(locales.map((l) => [`alts.${l}`, alts[l] ?? ""]));
  return (
    <form action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <FormMessage status={state.status} message={state.message} />
      <MediaAltFields
        idPrefix={`media-${id}`}
        labels={labels.alts}
        values={values}
        errors={state.errors ?? {}}
        maxLength={maxAltLength}
      />
      <SubmitButton label={labels.save} pendingLabel={labels.saving} variant="secondary" />
    </form>
  );
}
