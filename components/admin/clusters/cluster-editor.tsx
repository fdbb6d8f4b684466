"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ClusterTranslationSnapshot } from "@/lib/data/admin/clusters/snapshot";
import type { ClusterEditorData, ClusterEditorOptions } from "@/lib/data/admin/clusters/queries";
import type { SocialNetwork } from "@/lib/generated/prisma/enums";
import { type AppLocale, localeNames, locales } from "@/lib/i18n/locales";
import { socialNetworks } from "@/lib/validation/clusters";
import { idleForm, type FormState } from "@/lib/validation/form";
import { ClusterContactFields } from "./cluster-contact-fields";
import type { ClusterEditorLabels } from "./cluster-labels";
import { ClusterProfileFields } from "./cluster-profile-fields";
import { ClusterTranslationFields } from "./cluster-translation-fields";

// The cluster editor: one tab per language (the Polish source beside each translation), and the
// cluster's profile and contacts. Everything is one form, so a failed save keeps every tab's text.
// Editors also set the cluster's address, network and trust; a member's form (`basis` set) carries
// what it was loaded from instead, so a save from an older version is refused.
export function ClusterEditor({
  action,
  locale,
  cluster,
  options,
  source,
  labels,
  basis,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: AppLocale;
  cluster: ClusterEditorData | null;
  options: ClusterEditorOptions;
  source: ClusterTranslationSnapshot | null;
  labels: ClusterEditorLabels;
  basis?: { changeId: string | null; changeVersion: number };
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
  const value = (key: string, stored: string | number | null | undefined) =>
    v ? (v[key] ?? "") : stored == null ? "" : String(stored);
  const translation = (l: AppLocale): ClusterTranslationSnapshot => {
    const stored = cluster?.translations[l];
    return {
      name: value(`t.${l}.name`, stored?.name),
      shortDescription: value(`t.${l}.shortDescription`, stored?.shortDescription),
      description: value(`t.${l}.description`, stored?.description),
    };
  };
  const tabHasError = (l: AppLocale) => Object.keys(errors).some((key) => key.startsWith(`translations.${l}.`));

  return (
    <form action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={cluster?.id ?? ""} />
      <input type="hidden" name="version" value={cluster?.version ?? 0} />
      {basis && (
        <>
          <input type="hidden" name="changeId" value={basis.changeId ?? ""} />
          <input type="hidden" name="changeVersion" value={basis.changeVersion} />
        </>
      )}
      <FormMessage status={state.status} message={state.message} />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-label={labels.languages} className="min-w-0">
          <div role="tablist" aria-label={labels.languages} className="flex flex-wrap gap-1 border-b border-slate-200">
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
                  {labels.translationState[cluster?.translations[l].state ?? "missing"]}
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
              <ClusterTranslationFields
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

        <aside className="space-y-8 self-start rounded-lg border border-slate-200 bg-white p-4">
          <ClusterProfileFields
            key={`profile-${round}`}
            value={{
              slug: value("slug", cluster?.slug),
              isUmbrella: v ? v.isUmbrella === "on" : (cluster?.isUmbrella ?? false),
              trusted: v ? v.trusted === "on" : (cluster?.trusted ?? false),
              parentId: value("parentId", cluster?.parentId),
              logoId: value("logoId", cluster?.logoId),
              region: value("region", cluster?.region),
              foundedYear: value("foundedYear", cluster?.foundedYear),
              memberCount: value("memberCount", cluster?.memberCount),
              sectors: v ? (v.sectors?.split("\n").filter(Boolean) ?? []) : (cluster?.sectors ?? []),
            }}
            options={options}
            errors={errors}
            labels={labels}
            editorFields={!basis}
          />
          <ClusterContactFields
            key={`contact-${round}`}
            value={{
              website: value("website", cluster?.website),
              email: value("email", cluster?.email),
              phone: value("phone", cluster?.phone),
              address: value("address", cluster?.address),
              postalCode: value("postalCode", cluster?.postalCode),
              city: value("city", cluster?.city),
              socialLinks: Object.fromEntries(
                socialNetworks.map((n) => [n, value(`socialLinks.${n}`, cluster?.socialLinks[n])]),
              ) as Record<SocialNetwork, string>,
            }}
            errors={errors}
            labels={labels}
          />
          <SubmitButton label={labels.save} pendingLabel={labels.saving} />
        </aside>
      </div>
    </form>
  );
}
