"use client";

import { useActionState } from "react";
import { FormMessage, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { type AppLocale, locales } from "@/lib/i18n/locales";
import { idleForm, type FormState } from "@/lib/validation/form";

export interface TagFormLabels {
  slug: string;
  name: string;
  save: string;
  saving: string;
  remove: string;
  posts: string;
}

// One tag as a row of fields (slug, a name per language) with save and delete.
export function TagForm({
  action,
  locale,
  tag,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  tag: { id: string; slug: string; names: Record<AppLocale, string>; posts: number } | null;
  labels: TagFormLabels;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  const v = state.status === "error" ? state.values : undefined;
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={tag?.id ?? ""} />
      <div className="grid gap-2 sm:grid-cols-3 lg:grid-cols-6">
        <label className="text-xs font-medium text-slate-700">
          {labels.slug}
          <input
            name="slug"
            defaultValue={v?.slug ?? tag?.slug ?? ""}
            aria-invalid={e.slug ? true : undefined}
            className={`${inputClass} mt-1`}
          />
          {e.slug && <span className="text-sm text-red-700">{e.slug}</span>}
        </label>
        {locales.map((l) => (
          <label key={l} className="text-xs font-medium text-slate-700">
            {labels.name} ({l.toUpperCase()})
            <input
              name={`names.${l}`}
              lang={l}
              defaultValue={v?.[`names.${l}`] ?? tag?.names[l] ?? ""}
              aria-invalid={e[`names.${l}`] ? true : undefined}
              className={`${inputClass} mt-1`}
            />
            {e[`names.${l}`] && <span className="text-sm text-red-700">{e[`names.${l}`]}</span>}
          </label>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <SubmitButton label={labels.save} pendingLabel={labels.saving} />
        {tag && tag.posts === 0 && (
          <SubmitButton
            name="operation"
            value="delete"
            label={labels.remove}
            pendingLabel={labels.saving}
            variant="danger"
          />
        )}
        {tag && <span className="text-xs text-slate-600">{labels.posts}</span>}
        <FormMessage status={state.status} message={state.message} />
      </div>
    </form>
  );
}
