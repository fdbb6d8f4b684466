"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleForm, type FormState } from "@/lib/validation/form";

// Takes a post off the site; shows why if that was refused.
export function UnpublishButton({
  action,
  id,
  version,
  locale,
  label,
  pendingLabel,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  id: string;
  version: number;
  locale: string;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="locale" value={locale} />
      <SubmitButton label={label} pendingLabel={pendingLabel} variant="secondary" />
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
