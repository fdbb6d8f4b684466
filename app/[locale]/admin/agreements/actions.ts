"use server";

import { formAction, rejected, type Translate } from "@/lib/actions/form-action";
import {
  agreementWriteFromForm,
  restoreAgreementRevision,
  saveAgreement,
  type SaveAgreementResult,
} from "@/lib/data/admin/agreements/save";
import { agreementFormInput, agreementFormSchema } from "@/lib/validation/agreements";
import { restoreSchema } from "@/lib/validation/records";

const invalidReference = { documentId: "documentInvalid", areaIds: "areaInvalid" } as const;

// A save's answer: cluster pages list their agreements and posts show the agreement they
// announce, so all three expire; a taken slug or a missing reference is marked at its field.
function saved(result: SaveAgreementResult, t: Translate, then: (id: string, version: number) => string) {
  if (result.ok) {
    return {
      ok: true as const,
      expire: ["agreements", "clusters", "posts"] as const,
      redirect: then(result.id, result.version),
    };
  }
  if (result.error === "slugTaken") {
    return rejected(t("AdminAgreements.errorsBelow"), { slug: t("Validation.agreementSlugTaken") });
  }
  if (result.error === "invalidReference") {
    const key =
      result.field in invalidReference
        ? invalidReference[result.field as keyof typeof invalidReference]
        : "clusterInvalid";
    return rejected(t("AdminAgreements.errorsBelow"), { [result.field]: t(`Validation.${key}`) });
  }
  return result;
}

// Saves the agreement editor (every language, the parties and areas at once) and refreshes the public pages.
export const saveAgreementAction = formAction({
  guard: "editor",
  schema: agreementFormSchema,
  input: agreementFormInput,
  messages: { invalid: "AdminAgreements.errorsBelow", conflict: "Validation.agreementConflict" },
  run: async ({ viewer, input, t }) =>
    saved(
      await saveAgreement(viewer, agreementWriteFromForm(input)),
      t,
      (id, version) => `/admin/agreements/${id}?saved=${version}`,
    ),
});

// Brings back an earlier version of an agreement as a new version.
export const restoreAgreementAction = formAction({
  guard: "editor",
  schema: restoreSchema,
  messages: { invalid: "AdminHistory.restoreInvalid", conflict: "Validation.agreementConflict" },
  run: async ({ viewer, input, t }) =>
    saved(
      await restoreAgreementRevision(viewer, input.id, input.revision, input.version),
      t,
      (id, version) => `/admin/agreements/${id}/history?restored=${input.revision}&version=${version}`,
    ),
});
