"use client";

import { useActionState } from "react";
import { Field, FormMessage, inputClass, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { type AppLocale, localeNames, locales } from "@/lib/i18n/locales";
import { idleForm, type FormState } from "@/lib/validation/form";

export interface ComposerLabels {
  posts: string;
  postsHint: string;
  noPosts: string;
  publishedIn: string;
  texts: string;
  textsHint: string;
  required: string;
  optional: string;
  subject: string;
  intro: string;
  save: string;
  saving: string;
}

export interface ComposerChoice {
  id: string;
  title: string;
  // Already formatted: "published 3 March 2026".
  published: string;
  locales: AppLocale[];
}

// The draft issue's form: the posts to send (ticked ones first, in their saved order) and a
// subject and intro per language. One form, so a failed save keeps everything typed.
export function NewsletterComposer({
  action,
  locale,
  preview,
  issue,
  choices,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: AppLocale;
  preview: AppLocale;
  issue: { id: string; version: number; texts: Record<AppLocale, { subject: string; intro: string }>; posts: string[] };
  choices: ComposerChoice[];
  labels: ComposerLabels;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  const errors = state.errors ?? {};
  // After an error the form shows what was submitted; otherwise what is stored.
  const v = state.values;
  const chosen = v ? (v.posts?.split("\n").filter(Boolean) ?? []) : issue.posts;
  const rank = (id: string) => (chosen.includes(id) ? chosen.indexOf(id) : chosen.length);
  const ordered = choices.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c.id) - rank(b.c.id) || a.i - b.i);

  return (
    <form action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="preview" value={preview} />
      <input type="hidden" name="id" value={issue.id} />
      <input type="hidden" name="version" value={issue.version} />
      <FormMessage status={state.status} message={state.message} />

      <fieldset className="rounded-lg border border-slate-200 bg-white p-4" aria-describedby="nl-posts-hint">
        <legend className="px-1 text-lg font-semibold text-slate-900">{labels.posts}</legend>
        <p id="nl-posts-hint" className="text-sm text-slate-700">
          {labels.postsHint}
        </p>
        {errors.posts && (
          <p role="alert" className="mt-2 text-sm font-medium text-red-700">
            {errors.posts}
          </p>
        )}
        {ordered.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">{labels.noPosts}</p>
        ) : (
          // Relative: the list's screen-reader-only texts stay inside its scroll box.
          <ul className="relative mt-3 max-h-[28rem] divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200">
            {ordered.map(({ c }) => (
              <li key={c.id}>
                <label className="flex items-start gap-3 px-3 py-2 text-sm hover:bg-slate-50">
                  <input
                    type="checkbox"
                    name="posts"
                    value={c.id}
                    defaultChecked={chosen.includes(c.id)}
                    className="mt-1 h-4 w-4 shrink-0"
                  />
                  <span className="min-w-0 flex-1">
                    <span className="block font-medium break-words text-slate-900" lang="pl">
                      {c.title}
                    </span>
                    <span className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
                      {c.published}
                      <span className="sr-only">{labels.publishedIn}</span>
                      {c.locales.map((l) => (
                        <span
                          key={l}
                          className="rounded border border-green-300 bg-green-100 px-1.5 py-0.5 font-semibold uppercase text-green-900"
                        >
                          <span aria-hidden="true">{l}</span>
                          <span className="sr-only" lang={l}>
                            {localeNames[l]}
                          </span>
                        </span>
                      ))}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-describedby="nl-texts-hint">
        <legend className="px-1 text-lg font-semibold text-slate-900">{labels.texts}</legend>
        <p id="nl-texts-hint" className="text-sm text-slate-700">
          {labels.textsHint}
        </p>
        {locales.map((l) => {
          const name = (field: "subject" | "intro") => `texts.${l}.${field}`;
          const value = (field: "subject" | "intro") => (v ? (v[name(field)] ?? "") : issue.texts[l][field]);
          return (
            <fieldset key={l} className="space-y-3 border-t border-slate-100 pt-4 first-of-type:border-t-0">
              <legend className="text-base font-semibold text-slate-900">
                <span lang={l}>{localeNames[l]}</span>{" "}
                <span className="text-sm font-normal text-slate-600">
                  {l === "pl" ? labels.required : labels.optional}
                </span>
              </legend>
              <div className="space-y-3">
                <TextField
                  name={name("subject")}
                  label={labels.subject}
                  defaultValue={value("subject")}
                  error={errors[name("subject")]}
                  maxLength={150}
                  required={l === "pl"}
                  lang={l}
                />
                <Field name={name("intro")} label={labels.intro} error={errors[name("intro")]}>
                  {(wiring) => (
                    <textarea
                      name={name("intro")}
                      defaultValue={value("intro")}
                      rows={l === "pl" ? 8 : 5}
                      maxLength={5000}
                      required={l === "pl"}
                      lang={l}
                      className={inputClass}
                      {...wiring}
                    />
                  )}
                </Field>
              </div>
            </fieldset>
          );
        })}
      </fieldset>

      <SubmitButton label={labels.save} pendingLabel={labels.saving} />
    </form>
  );
}
