"use client";

import { type KeyboardEvent, type ReactNode, useActionState, useEffect, useRef, useState } from "react";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { TranslationState } from "@/lib/data/admin/shared/translation-states";
import { type AppLocale, localeNames, locales, sourceLocale } from "@/lib/i18n/locales";
import { idleForm, type FormState } from "@/lib/validation/form";
import type { EditorShellLabels } from "./editor-labels";

// What every field of the form reads: its value (what was submitted after an answer of the
// server, else what is stored), its error, and the round to key itself by so that it remounts
// with the new value after each answer (fields read their value once, and React resets a form's
// fields after each action).
export interface EditorForm {
  round: number;
  /** The names and errors of one language's fields (t.<locale>.<field>, translations.<locale>.<field>). */
  language: (locale: AppLocale) => LanguageFields;
  errors: Record<string, string>;
  value: (key: string, stored: string | number | null | undefined) => string;
  list: (key: string, stored: readonly string[]) => string[];
  checked: (key: string, stored: boolean) => boolean;
  /** What was submitted, when the server answered with an error. */
  submitted: Record<string, string> | undefined;
}

export interface LanguageFields {
  locale: AppLocale;
  name: (field: string) => string;
  error: (field: string) => string | undefined;
}

// The Polish original shown beside a translation: a title, a lead and the body (sanitized by the page).
export interface SourceText {
  title: string;
  lead: string;
  html: string;
}

type Action = (state: FormState, data: FormData) => Promise<FormState>;

const errorIn = (errors: Record<string, string>, locale: AppLocale) =>
  Object.keys(errors).some((key) => key.startsWith(`translations.${locale}.`));

// The editor of translated content (posts, clusters, agreements): one form, so a failed save
// keeps every language's text; a tab per language with its state and an error mark, the Polish
// source beside each translation, the entity's own fields beside (and below) the languages.
export function TranslatedEditor({
  action,
  hidden,
  states,
  labels,
  source,
  translation,
  below,
  sidebar,
}: {
  action: Action;
  hidden: Record<string, string | number>;
  states: Record<AppLocale, TranslationState>;
  labels: EditorShellLabels;
  source: SourceText | null;
  translation: (locale: AppLocale, form: EditorForm) => ReactNode;
  below?: (form: EditorForm) => ReactNode;
  sidebar: (form: EditorForm) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  const [tab, setTab] = useState<AppLocale>(sourceLocale);
  const [answered, setAnswered] = useState(state);
  const [round, setRound] = useState(0);
  const errors = state.errors ?? {};
  if (answered !== state) {
    setAnswered(state);
    setRound(round + 1);
    // Show a language the server found errors in, unless the open one has some.
    const wrong = locales.find((l) => errorIn(errors, l));
    if (wrong && !errorIn(errors, tab)) setTab(wrong);
  }
  // After a failed save the answer is at the top of a long form: bring it into view (the Save
  // button the editor pressed may be a screen further down).
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (round > 0 && state.status === "error" && state.message) message.current?.focus();
  }, [round, state.status, state.message]);
  const submitted = state.values;
  const form: EditorForm = {
    round,
    language: (locale) => ({
      locale,
      name: (field) => `t.${locale}.${field}`,
      error: (field) => errors[`translations.${locale}.${field}`],
    }),
    errors,
    submitted,
    value: (key, stored) => (submitted ? (submitted[key] ?? "") : stored == null ? "" : String(stored)),
    list: (key, stored) => (submitted ? (submitted[key]?.split("\n").filter(Boolean) ?? []) : [...stored]),
    checked: (key, stored) => (submitted ? submitted[key] === "on" : stored),
  };

  return (
    <form action={formAction} noValidate className="space-y-6">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div ref={message} tabIndex={-1} className="scroll-mt-4 focus:outline-none">
        <FormMessage status={state.status} message={state.message} />
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-8">
          <section aria-label={labels.languages}>
            <LanguageTabs tab={tab} onSelect={setTab} states={states} errors={errors} labels={labels} />
            {locales.map((l) => (
              // Hidden panels stay in the form so every language is submitted together.
              <div
                key={l}
                role="tabpanel"
                id={`panel-${l}`}
                aria-labelledby={`tab-${l}`}
                hidden={tab !== l}
                className="pt-4"
              >
                <TranslationPanel locale={l} source={l === sourceLocale ? null : source} labels={labels}>
                  {translation(l, form)}
                </TranslationPanel>
              </div>
            ))}
          </section>
          {below?.(form)}
        </div>

        <aside className="space-y-6 self-start rounded-lg border border-slate-200 bg-white p-4">
          {sidebar(form)}
          <SubmitButton label={labels.save} pendingLabel={labels.saving} />
        </aside>
      </div>
    </form>
  );
}

// The tab strip of a tablist (WAI-ARIA): arrow keys, Home and End move between languages and
// open them; only the open tab is in the page's tab order.
function LanguageTabs({
  tab,
  onSelect,
  states,
  errors,
  labels,
}: {
  tab: AppLocale;
  onSelect: (locale: AppLocale) => void;
  states: Record<AppLocale, TranslationState>;
  errors: Record<string, string>;
  labels: EditorShellLabels;
}) {
  const buttons = useRef<Partial<Record<AppLocale, HTMLButtonElement | null>>>({});
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = locales.indexOf(tab);
    const next = {
      ArrowRight: locales[(index + 1) % locales.length],
      ArrowLeft: locales[(index - 1 + locales.length) % locales.length],
      Home: locales[0],
      End: locales[locales.length - 1],
    }[event.key];
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    buttons.current[next]?.focus();
  }
  return (
    <div
      role="tablist"
      aria-label={labels.languages}
      onKeyDown={onKeyDown}
      className="flex flex-wrap gap-1 border-b border-slate-200"
    >
      {locales.map((l) => (
        <button
          key={l}
          ref={(button) => {
            buttons.current[l] = button;
          }}
          type="button"
          role="tab"
          id={`tab-${l}`}
          aria-selected={tab === l}
          aria-controls={`panel-${l}`}
          tabIndex={tab === l ? 0 : -1}
          onClick={() => onSelect(l)}
          className={`-mb-px rounded-t-md border px-3 py-2 text-sm font-medium ${
            tab === l
              ? "border-slate-200 border-b-white bg-white text-brand-700"
              : "border-transparent text-slate-700 hover:bg-slate-50"
          }`}
        >
          {localeNames[l]}
          <span className="ml-2 text-xs font-normal text-slate-500">{labels.translationState[states[l]]}</span>
          {errorIn(errors, l) && (
            <span className="ml-1 font-bold text-red-700">
              <span aria-hidden="true">!</span>
              <span className="sr-only">{labels.tabErrors}</span>
            </span>
          )}
        </button>
      ))}
    </div>
  );
}

// One language's fields, and beside a translation the Polish source for reference.
function TranslationPanel({
  locale,
  source,
  labels,
  children,
}: {
  locale: AppLocale;
  source: SourceText | null;
  labels: EditorShellLabels;
  children: ReactNode;
}) {
  return (
    <div className={source ? "grid gap-6 xl:grid-cols-2" : ""}>
      <div className="min-w-0 space-y-4" lang={locale}>
        {children}
      </div>
      {source && (
        <aside
          lang={sourceLocale}
          aria-label={labels.source}
          className="min-w-0 rounded-md border border-slate-200 bg-slate-50 p-4 text-sm"
        >
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{labels.sourceHint}</p>
          {source.title ? (
            <>
              <p className="mt-2 text-lg font-semibold text-slate-900">{source.title}</p>
              {source.lead && <p className="mt-2 text-slate-700">{source.lead}</p>}
              {/* Sanitized again by the page before it reaches here. */}
              <div
                className="prose-content mt-3 max-h-[32rem] overflow-auto"
                dangerouslySetInnerHTML={{ __html: source.html }}
              />
            </>
          ) : (
            <p className="mt-2 text-slate-700">{labels.noSource}</p>
          )}
        </aside>
      )}
    </div>
  );
}
