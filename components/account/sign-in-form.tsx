"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleForm, type FormState } from "@/lib/validation/form";

export interface SignInLabels {
  email: string;
  password: string;
  submit: string;
  pending: string;
}

// The e-mail and password form; keeps the e-mail after a refusal.
export function SignInForm({
  action,
  locale,
  next,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  next?: string;
  labels: SignInLabels;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <FormMessage status={state.status} message={state.message} />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        error={state.errors?.email}
      />
      <TextField
        name="password"
        type="password"
        label={labels.password}
        autoComplete="current-password"
        required
        error={state.errors?.password}
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
