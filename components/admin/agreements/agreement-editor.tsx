"use client";

import { useActionState, useState } from "react";
import { type AgreementEditorData, type AgreementEditorOptions } from "@/lib/data/admin/agreements/queries";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { type AppLocale, localeNames, locales } from "@/lib/i18n/locales";
import { partyIndices } from "@/lib/validation/agreements";
import { idleForm, type FormState } from "@/lib/validation/form";
import { AgreementDetailsFields } from "./agreement-details-fields";
import type { AgreementEditorLabels } from "./agreement-labels";
import { AgreementPartiesEditor } from "./agreement-parties-editor";
import { AgreementTranslationFields, type AgreementSourceText } from "./agreement-translation-fields";

// The agreement editor: one tab per language (the Polish source beside each translation), the
// signing parties, and the agreement's date, place, document and areas. Everything is one form,
// so a failed save keeps every tab's text and every party row.
export function AgreementEditor({
  action,
  locale,
  agreement,
  options,
  source,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: AppLocale;
  agreement: AgreementEditorData | null;
  options: AgreementEditorOptions;
  source: AgreementSourceText | null;
  labels: AgreementEditorLabels;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  const [tab, setTab] = useState<AppLocale>("pl");
  // Every answer of the server (a failed save) remounts the fields with what was submitted: their
  // values are read once on mount, and React resets a form's fields after each action.
  const [answered, setAnswered] = useState(state);
  const [round, setRound] = useState(0);
  if (answered !== state) {
    setAnswered(state);
    setRound(round + 1);
  }
  const errors = state.errors ?? {};
  // After an error the form shows what was submitted; otherwise what is stored.
  const v = state.values;
  const value = (key: string, stored: string) => (v ? (v[key] ?? "") : stored);
  const translation = (l: AppLocale): AgreementSourceText => {
    const stored = agreement?.translations[l];
    return {
      title: value(`t.${l}.title`, stored?.title ?? ""),
      summary: value(`t.${l}.summary`, stored?.summary ?? ""),
      body: value(`t.${l}.body`, stored?.body ?? ""),
    };
  };
  const parties = v
    ? partyIndices(Object.keys(v)).map((i) => ({
        clusterId: v[`party.${i}.clusterId`] ?? "",
        signatoryName: v[`party.${i}.signatoryName`] ?? "",
        roles: Object.fromEntries(locales.map((l) => [l, v[`party.${i}.role.${l}`] ?? ""])) as Record<
          AppLocale,
          string
        >,
      }))
    : (agreement?.parties ?? []);
  const tabHasError = (l: AppLocale) => Object.keys(errors).some((key) => key.startsWith(`translations.${l}.`));

  return (
    <form action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={agreement?.id ?? ""} />
      <input type="hidden" name="version" value={agreement?.version ?? 0} />
      <FormMessage status={state.status} message={state.message} />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-8">
          <section aria-label={labels.languages}>
            <div
              role="tablist"
              aria-label={labels.languages}
              className="flex flex-wrap gap-1 border-b border-slate-200"
            >
              {locales.map((l) => (
                <button
                  key={l}
                  type="button"
                  role="tab"
                  id={`tab-${l}`}
                  aria-selected={tab === l}
                  aria-controls={`panel-${l}`}
                  onClick={() => setTab(l)}
                  className={`-mb-px rounded-t-md border px-3 py-2 text-sm font-medium ${
                    tab === l
                      ? "border-slate-200 border-b-white bg-white text-brand-700"
                      : "border-transparent text-slate-700 hover:bg-slate-50"
                  }`}
                >
                  {localeNames[l]}
                  <span className="ml-2 text-xs font-normal text-slate-500">
                    {labels.translationState[agreement?.translations[l].state ?? "missing"]}
                  </span>
                  {tabHasError(l) && (
                    <span className="ml-1 font-bold text-red-700" aria-label="!">
                      !
                    </span>
                  )}
                </button>
              ))}
            </div>
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
                <AgreementTranslationFields
                  key={`${l}-${round}`}
                  locale={l}
                  value={translation(l)}
                  errors={errors}
                  source={l === "pl" ? null : source}
                  images={options.images}
                  labels={labels}
                />
              </div>
            ))}
          </section>
          <AgreementPartiesEditor
            key={round}
            initial={parties}
            clusters={options.clusters}
            errors={errors}
            labels={labels}
          />
        </div>

        <aside className="space-y-5 self-start rounded-lg border border-slate-200 bg-white p-4">
          <AgreementDetailsFields
            key={round}
            value={{
              signedAt: value("signedAt", agreement?.signedAt ?? ""),
              place: value("place", agreement?.place ?? ""),
              slug: value("slug", agreement?.slug ?? ""),
              documentId: value("documentId", agreement?.documentId ?? ""),
              areaIds: v ? (v.areaIds?.split("\n").filter(Boolean) ?? []) : (agreement?.areaIds ?? []),
            }}
            storedAreaIds={agreement?.areaIds ?? []}
            options={options}
            errors={errors}
            labels={labels}
          />
          <SubmitButton label={labels.save} pendingLabel={labels.saving} />
        </aside>
      </div>
    </form>
  );
}
