"use client";

import { useActionState } from "react";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { idleForm, type FormState } from "@/lib/validation/form";

// The editor's decision on a member's change or proposal: a comment and one or two buttons.
export function ReviewForm({
  action,
  locale,
  fields,
  labels,
  decisions,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  fields: Record<string, string>;
  labels: { comment: string; commentHint: string; working: string };
  decisions: { value: string; label: string; tone: "primary" | "danger" }[];
}) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  const e = state.errors ?? {};
  const id = `comment-${fields.id}`;
  return (
    <form action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage status={state.status} message={state.message} />
      <Field name={id} label={labels.comment} hint={labels.commentHint} error={e.comment}>
        {(wiring) => (
          <textarea
            name="comment"
            rows={3}
            defaultValue={state.values?.comment ?? ""}
            className={inputClass}
            {...wiring}
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-3">
        {decisions.map((d) => (
          <button
            key={d.value}
            type="submit"
            name="decision"
            value={d.value}
            disabled={pending}
            className={`rounded-md px-4 py-2 text-sm font-semibold text-white disabled:opacity-60 ${d.tone === "primary" ? "bg-brand-700 hover:bg-brand-800" : "bg-red-700 hover:bg-red-800"}`}
          >
            {pending ? labels.working : d.label}
          </button>
        ))}
      </div>
    </form>
  );
}
