"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleForm, type FormState } from "@/lib/validation/form";

export interface MediaDeleteLabels {
  delete: string;
  question: string;
  confirm: string;
  deleting: string;
  cancel: string;
}

const outlineButton =
  "inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50";

// Deletes a library item in two steps: the first button only asks, the second one deletes.
export function MediaDeleteButton({
  action,
  locale,
  id,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  id: string;
  labels: MediaDeleteLabels;
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

  if (!confirming) {
    return (
      <div className="space-y-2">
        <button
          ref={opener}
          type="button"
          onClick={() => setConfirming(true)}
          className={`${outlineButton} text-red-700`}
        >
          {labels.delete}
        </button>
        <FormMessage status={state.status} message={state.message} />
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <p ref={question} tabIndex={-1} className="text-sm font-medium text-red-900 focus:outline-none">
        {labels.question}
      </p>
      <FormMessage status={state.status} message={state.message} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton label={labels.confirm} pendingLabel={labels.deleting} variant="danger" />
        <button type="button" onClick={() => setConfirming(false)} className={`${outlineButton} text-slate-800`}>
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}
