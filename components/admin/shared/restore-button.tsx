"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleForm, type FormState } from "@/lib/validation/form";

// A one-button form posting hidden fields to an action (restore a revision), with its error and,
// since it has no fields to mark, the rules the restored version breaks listed under it.
export function RestoreButton({
  action,
  fields,
  label,
  pendingLabel,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton label={label} pendingLabel={pendingLabel} variant="secondary" />
      <FormMessage status={state.status} message={state.message} details={Object.values(state.errors ?? {})} />
    </form>
  );
}
