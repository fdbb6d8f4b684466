"use client";

import type { AgreementEditorData, AgreementEditorOptions } from "@/lib/data/admin/agreements/queries";
import { type AppLocale, byLocale } from "@/lib/i18n/locales";
import { partyIndices } from "@/lib/validation/agreements";
import type { FormState } from "@/lib/validation/form";
import { type SourceText, TranslatedEditor } from "../shared/translated-editor";
import { AgreementDetailsFields } from "./agreement-details-fields";
import type { AgreementEditorLabels } from "./agreement-labels";
import { AgreementPartiesEditor } from "./agreement-parties-editor";
import { AgreementTranslationFields } from "./agreement-translation-fields";

// The agreement editor: the languages of its text, the signing parties below them, and the
// agreement's date, place, document and areas beside.
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
  source: SourceText | null;
  labels: AgreementEditorLabels;
}) {
  return (
    <TranslatedEditor
      action={action}
      hidden={{ locale, id: agreement?.id ?? "", version: agreement?.version ?? 0 }}
      states={byLocale((l) => agreement?.translations[l].state ?? "missing")}
      labels={labels.shell}
      source={source}
      translation={(l, form) => {
        const stored = agreement?.translations[l];
        return (
          <AgreementTranslationFields
            key={`${l}-${form.round}`}
            fields={form.language(l)}
            value={{
              title: form.value(`t.${l}.title`, stored?.title),
              summary: form.value(`t.${l}.summary`, stored?.summary),
              body: form.value(`t.${l}.body`, stored?.body),
            }}
            images={options.images}
            labels={labels}
          />
        );
      }}
      below={(form) => {
        const v = form.submitted;
        // After an answer the rows are the ones submitted, in their order.
        const parties = v
          ? partyIndices(Object.keys(v)).map((i) => ({
              clusterId: v[`party.${i}.clusterId`] ?? "",
              signatoryName: v[`party.${i}.signatoryName`] ?? "",
              roles: byLocale((l) => v[`party.${i}.role.${l}`] ?? ""),
            }))
          : (agreement?.parties ?? []);
        return (
          <AgreementPartiesEditor
            key={form.round}
            initial={parties}
            clusters={options.clusters}
            errors={form.errors}
            labels={labels}
          />
        );
      }}
      sidebar={(form) => (
        <AgreementDetailsFields
          key={form.round}
          value={{
            signedAt: form.value("signedAt", agreement?.signedAt),
            place: form.value("place", agreement?.place),
            slug: form.value("slug", agreement?.slug),
            documentId: form.value("documentId", agreement?.documentId),
            areaIds: form.list("areaIds", agreement?.areaIds ?? []),
          }}
          storedAreaIds={agreement?.areaIds ?? []}
          options={options}
          errors={form.errors}
          labels={labels}
        />
      )}
    />
  );
}
