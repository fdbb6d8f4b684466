"use client";

import { useActionState } from "react";
import { Field, FormMessage, inputClass, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { Link } from "@/lib/i18n/navigation";
import { idleForm, type FormState } from "@/lib/validation/form";

export interface SignupLabels {
  email: string;
  language: string;
  consent: string;
  privacy: string;
  submit: string;
  pending: string;
}

// The newsletter sign-up: address, language (the page's by default) and consent to the privacy note.
export function SignupForm({
  action,
  locale,
  languages,
  privacyHref,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  languages: { value: string; label: string }[];
  /** A path without the locale. */
  privacyHref: string;
  labels: SignupLabels;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  const values = state.values;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage status={state.status} message={state.message} />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        autoComplete="email"
        required
        defaultValue={values?.email}
        error={state.errors?.email}
      />
      <Field name="language" label={labels.language} error={state.errors?.language}>
        {(wiring) => (
          <select name="language" defaultValue={values?.language ?? locale} className={inputClass} {...wiring}>
            {languages.map((l) => (
              <option key={l.value} value={l.value} lang={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {/* Left empty by people; bots that fill every field are answered as if subscribed. */}
      <div className="hidden" aria-hidden="true">
        <label>
          Website <input type="text" name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            name="consent"
            defaultChecked={values?.consent === "on"}
            required
            aria-invalid={state.errors?.consent ? true : undefined}
            aria-describedby={state.errors?.consent ? "field-consent-error" : undefined}
            className="mt-1 h-4 w-4 shrink-0 rounded border-slate-300 text-brand-700"
          />
          <span>
            {labels.consent}{" "}
            <Link href={privacyHref} className="font-medium text-brand-700 underline hover:text-brand-800">
              {labels.privacy}
            </Link>
          </span>
        </label>
        {state.errors?.consent ? (
          <p id={"field-consent-error"} className="text-sm font-medium text-red-700">
            {state.errors.consent}
          </p>
        ) : null}
      </div>
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
