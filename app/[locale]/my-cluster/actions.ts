"use server";

import { formAction, rejected, type Translate } from "@/lib/actions/form-action";
import { clusterWriteFromForm } from "@/lib/data/admin/clusters/save";
import { restoreMemberRevision, submitMemberProfile, type SubmitProfileResult } from "@/lib/data/member/profile";
import { basisInput, memberProfileInput, memberProfileSchema, memberRestoreSchema } from "@/lib/validation/clusters";

// A member's save or restore: a trusted cluster's goes public at once; a conflict names who saved.
function submitted(result: SubmitProfileResult, t: Translate) {
  if (result.ok) {
    return {
      ok: true as const,
      expire: result.outcome === "published" ? (["clusters", "agreements", "posts"] as const) : [],
      redirect: `/my-cluster?saved=${result.outcome}`,
    };
  }
  if (result.error === "conflict") return rejected(t("MyCluster.profile.conflict", { by: result.by ?? "none" }));
  if (result.error === "slugTaken") return { ok: false as const, error: "notFound" as const };
  return result;
}

// Saves a member's own cluster profile: a proposal for the editors, or public at once for a trusted cluster.
export const saveMyProfileAction = formAction({
  guard: "member",
  schema: memberProfileSchema,
  input: memberProfileInput,
  messages: { invalid: "MyCluster.profile.errorsBelow" },
  run: async ({ viewer, input: { changeId, changeVersion, ...form }, t }) =>
    submitted(
      await submitMemberProfile(viewer, clusterWriteFromForm(form), { version: form.version, changeId, changeVersion }),
      t,
    ),
});

// Proposes an earlier version of the member's own profile again (public at once if trusted).
export const restoreMyRevisionAction = formAction({
  guard: "member",
  schema: memberRestoreSchema,
  input: (formData) => ({
    revision: formData.get("revision"),
    version: formData.get("version"),
    ...basisInput(formData),
  }),
  messages: { invalid: "AdminHistory.restoreInvalid" },
  run: async ({ viewer, input: { revision, ...basis }, t }) =>
    submitted(await restoreMemberRevision(viewer, revision, basis), t),
});
