"use server";

import { formAction, rejected, type Translate } from "@/lib/actions/form-action";
import {
  clusterWriteFromForm,
  restoreClusterRevision,
  saveCluster,
  type SaveClusterResult,
} from "@/lib/data/admin/clusters/save";
import { clusterFormInput, clusterFormSchema } from "@/lib/validation/clusters";
import { restoreSchema } from "@/lib/validation/records";

// A save's answer: agreement pages name their clusters and posts link the clusters they
// mention, so all three expire; a taken slug is marked at its field.
function saved(result: SaveClusterResult, t: Translate, then: (id: string, version: number) => string) {
  if (result.ok) {
    return {
      ok: true as const,
      expire: ["clusters", "agreements", "posts"] as const,
      redirect: then(result.id, result.version),
    };
  }
  if (result.error === "slugTaken") {
    return rejected(t("AdminClusters.slugTaken", { slug: result.slug }), { slug: t("Validation.clusterSlugTaken") });
  }
  return result;
}

// Saves the cluster editor (every language, the profile and contacts at once) and refreshes the public pages.
export const saveClusterAction = formAction({
  guard: "editor",
  schema: clusterFormSchema,
  input: clusterFormInput,
  messages: { invalid: "AdminClusters.errorsBelow", conflict: "AdminClusters.conflict" },
  run: async ({ viewer, input, t }) =>
    saved(
      await saveCluster(viewer, clusterWriteFromForm(input)),
      t,
      (id, version) => `/admin/clusters/${id}?saved=${version}`,
    ),
});

// Brings back an earlier version of a cluster as a new version.
export const restoreClusterAction = formAction({
  guard: "editor",
  schema: restoreSchema,
  messages: { invalid: "AdminHistory.restoreInvalid", conflict: "AdminClusters.conflict" },
  run: async ({ viewer, input, t }) =>
    saved(
      await restoreClusterRevision(viewer, input.id, input.revision, input.version),
      t,
      (id, version) => `/admin/clusters/${id}/history?restored=${input.revision}&version=${version}`,
    ),
});
