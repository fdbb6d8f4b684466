"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleForm, type FormState } from "@/lib/validation/form";

export interface ConfirmLabels {
  question: string;
  confirm: string;
  cancel: string;
}

const outlineButton =
  "inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50";

// One button that runs an action with a few hidden fields and shows its answer. With `confirm`
// it is dangerous and asks first, in two steps: the first button only asks, the second one acts.
export function ActionButton({
  action,
  fields,
  label,
  pendingLabel,
  variant = "secondary",
  confirm,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  confirm?: ConfirmLabels;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const shown = useRef(confirming);

  // Focus follows the step, so keyboard and screen-reader users land on the question and back on the button.
  useEffect(() => {
    if (shown.current === confirming) return;
    shown.current = confirming;
    (confirming ? question : opener).current?.focus();
  }, [confirming]);

  const hidden = Object.entries(fields).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));

  if (!confirm) {
    return (
      <form action={formAction} className="flex flex-wrap items-center gap-2">
        {hidden}
        <SubmitButton label={label} pendingLabel={pendingLabel} variant={variant} />
        <FormMessage status={state.status} message={state.message} />
      </form>
    );
  }
  if (!confirming) {
    return (
      <div className="space-y-2">
        <button
          ref={opener}
          type="button"
          onClick={() => setConfirming(true)}
          className={`${outlineButton} whitespace-nowrap text-red-700`}
        >
          {label}
        </button>
        <FormMessage status={state.status} message={state.message} />
      </div>
    );
  }
  return (
    <form action={formAction} className="min-w-64 space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
      {hidden}
      <p ref={question} tabIndex={-1} className="text-sm font-medium text-red-900 focus:outline-none">
        {confirm.question}
      </p>
      <FormMessage status={state.status} message={state.message} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton label={confirm.confirm} pendingLabel={pendingLabel} variant="danger" />
        <button type="button" onClick={() => setConfirming(false)} className={`${outlineButton} text-slate-800`}>
          {confirm.cancel}
        </button>
      </div>
    </form>
  );
}
