"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleForm, type FormState } from "@/lib/validation/form";

// Buttons for one account: disable or enable, and resend a pending invitation.
export function UserRowActions({
  action,
  id,
  locale,
  operations,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  id: string;
  locale: string;
  operations: { operation: "disable" | "enable" | "reinvite"; label: string; pending: string }[];
}) {
  const [state, formAction] = useActionState(action, idleForm);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="locale" value={locale} />
      {operations.map((op) => (
        <SubmitButton
          key={op.operation}
          name="operation"
          value={op.operation}
          label={op.label}
          pendingLabel={op.pending}
          variant={op.operation === "disable" ? "danger" : "secondary"}
        />
      ))}
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
