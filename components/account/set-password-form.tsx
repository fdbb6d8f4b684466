"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleForm, type FormState } from "@/lib/validation/form";

// New password twice, for an invitation or reset link.
export function SetPasswordForm({
  action,
  locale,
  token,
  email,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  token: string;
  email: string;
  labels: { password: string; confirm: string; hint: string; submit: string; pending: string };
}) {
  const [state, formAction] = useActionState(action, idleForm);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <FormMessage status={state.status} message={state.message ?? state.errors?.token} />
      <TextField
        name="password"
        type="password"
        label={labels.password}
        hint={labels.hint}
        autoComplete="new-password"
        required
        error={state.errors?.password}
      />
      <TextField
        name="confirm"
        type="password"
        label={labels.confirm}
        autoComplete="new-password"
        required
        error={state.errors?.confirm}
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
