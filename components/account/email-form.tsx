"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleForm, type FormState } from "@/lib/validation/form";

// A one-field form asking for an e-mail address (forgotten password).
export function EmailForm({
  action,
  locale,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  labels: { email: string; submit: string; pending: string };
}) {
  const [state, formAction] = useActionState(action, idleForm);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage status={state.status} message={state.message} />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.errors?.email}
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
