"use client";

import { type ReactNode, useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleForm, type FormState } from "@/lib/validation/form";

// A small form whose inputs are fixed (a signed link's fields) plus optional controls, with its
// answer shown above it; once done it can hide itself (a confirmed or cancelled subscription).
export function ActionForm({
  action,
  fields,
  children,
  submit,
  pending,
  variant = "primary",
  hideWhenDone = false,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  children?: ReactNode;
  submit: string;
  pending: string;
  variant?: "primary" | "secondary" | "danger";
  hideWhenDone?: boolean;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  if (hideWhenDone && state.status === "ok") return <FormMessage status={state.status} message={state.message} />;
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage status={state.status} message={state.message} />
      {children}
      <SubmitButton label={submit} pendingLabel={pending} variant={variant} />
    </form>
  );
}
