"use client";

import { useActionState } from "react";
import { FormMessage, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { type AppLocale, localeNames, locales } from "@/lib/i18n/locales";
import { idleForm, type FormState } from "@/lib/validation/form";

// Sends one language of the saved issue to the editor's own address.
export function NewsletterTestForm({
  action,
  locale,
  issueId,
  language,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: AppLocale;
  issueId: string;
  language: AppLocale;
  labels: { language: string; submit: string; sending: string };
}) {
  const [state, formAction] = useActionState(action, idleForm);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={issueId} />
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium text-slate-800">
          {labels.language}
          <select
            name="language"
            defaultValue={state.values?.language ?? language}
            className={`${inputClass} mt-1 w-auto`}
          >
            {locales.map((l) => (
              <option key={l} value={l} lang={l}>
                {localeNames[l]}
              </option>
            ))}
          </select>
        </label>
        <SubmitButton label={labels.submit} pendingLabel={labels.sending} variant="secondary" />
      </div>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
