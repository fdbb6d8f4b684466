"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { AppLocale } from "@/lib/i18n/locales";
import { idleForm, type FormState } from "@/lib/validation/form";

// Starts sending the saved version of the issue, once the editor confirms every preview was checked.
export function NewsletterSendForm({
  action,
  locale,
  issueId,
  version,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: AppLocale;
  issueId: string;
  version: number;
  labels: { reviewed: string; submit: string; starting: string };
}) {
  const [state, formAction] = useActionState(action, idleForm);
  const error = state.errors?.reviewed;
  return (
    <form action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={issueId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage status={state.status} message={state.message} />
      <div>
        <label className="flex items-start gap-2 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            name="reviewed"
            required
            defaultChecked={state.values?.reviewed === "on"}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "nl-reviewed-error" : undefined}
            className="mt-0.5 h-4 w-4 shrink-0"
          />
          {labels.reviewed}
        </label>
        {error && (
          <p id="nl-reviewed-error" className="mt-1 text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </div>
      <SubmitButton label={labels.submit} pendingLabel={labels.starting} />
    </form>
  );
}
