"use client";

import type { ClusterEditorData, ClusterEditorOptions } from "@/lib/data/admin/clusters/queries";
import type { SocialNetwork } from "@/lib/generated/prisma/enums";
import { type AppLocale, byLocale } from "@/lib/i18n/locales";
import { socialNetworks } from "@/lib/validation/clusters";
import type { FormState } from "@/lib/validation/form";
import { type SourceText, TranslatedEditor } from "../shared/translated-editor";
import { ClusterContactFields } from "./cluster-contact-fields";
import type { ClusterEditorLabels } from "./cluster-labels";
import { ClusterProfileFields } from "./cluster-profile-fields";
import { ClusterTranslationFields } from "./cluster-translation-fields";

// The cluster editor: the languages of its profile, and its facts and contacts. Editors also set
// the cluster's address, network and trust; a member's form (`basis` set) carries what it was
// loaded from instead, so a save from an older version is refused.
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
  source: SourceText | null;
  labels: ClusterEditorLabels;
  basis?: { changeId: string | null; changeVersion: number };
}) {
  return (
    <TranslatedEditor
      action={action}
      hidden={{
        locale,
        id: cluster?.id ?? "",
        version: cluster?.version ?? 0,
        ...(basis && { changeId: basis.changeId ?? "", changeVersion: basis.changeVersion }),
      }}
      states={byLocale((l) => cluster?.translations[l].state ?? "missing")}
      labels={labels.shell}
      source={source}
      translation={(l, form) => {
        const stored = cluster?.translations[l];
        return (
          <ClusterTranslationFields
            key={`${l}-${form.round}`}
            fields={form.language(l)}
            value={{
              name: form.value(`t.${l}.name`, stored?.name),
              shortDescription: form.value(`t.${l}.shortDescription`, stored?.shortDescription),
              description: form.value(`t.${l}.description`, stored?.description),
            }}
            images={options.images}
            labels={labels}
          />
        );
      }}
      sidebar={(form) => (
        <>
          <ClusterProfileFields
            key={`profile-${form.round}`}
            value={{
              slug: form.value("slug", cluster?.slug),
              isUmbrella: form.checked("isUmbrella", cluster?.isUmbrella ?? false),
              trusted: form.checked("trusted", cluster?.trusted ?? false),
              parentId: form.value("parentId", cluster?.parentId),
              logoId: form.value("logoId", cluster?.logoId),
              region: form.value("region", cluster?.region),
              foundedYear: form.value("foundedYear", cluster?.foundedYear),
              memberCount: form.value("memberCount", cluster?.memberCount),
              sectors: form.list("sectors", cluster?.sectors ?? []),
            }}
            options={options}
            errors={form.errors}
            labels={labels}
            editorFields={!basis}
          />
          <ClusterContactFields
            key={`contact-${form.round}`}
            value={{
              website: form.value("website", cluster?.website),
              email: form.value("email", cluster?.email),
              phone: form.value("phone", cluster?.phone),
              address: form.value("address", cluster?.address),
              postalCode: form.value("postalCode", cluster?.postalCode),
              city: form.value("city", cluster?.city),
              socialLinks: Object.fromEntries(
                socialNetworks.map((n) => [n, form.value(`socialLinks.${n}`, cluster?.socialLinks[n])]),
              ) as Record<SocialNetwork, string>,
            }}
            errors={form.errors}
            labels={labels}
          />
        </>
      )}
    />
  );
}
