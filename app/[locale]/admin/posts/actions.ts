"use server";

import { formAction, rejected, type Translate } from "@/lib/actions/form-action";
import {
  postWriteFromForm,
  restorePostRevision,
  savePost,
  type SavePostResult,
  unpublishPost,
} from "@/lib/data/admin/posts/save";
import { localeNames } from "@/lib/i18n/locales";
import { postFormInput, postFormSchema } from "@/lib/validation/posts";
import { restoreSchema, versionedRecordSchema } from "@/lib/validation/records";

// A post's slug is taken in one language: said for the form and at the field.
function saved(result: SavePostResult, t: Translate, then: (id: string, version: number) => string) {
  if (result.ok) return { ok: true as const, expire: ["posts" as const], redirect: then(result.id, result.version) };
  if (result.error !== "slugTaken") return result;
  return rejected(t("AdminPosts.slugTakenIn", { language: localeNames[result.locale] }), {
    [`translations.${result.locale}.slug`]: t("Validation.slugTaken"),
  });
}

// Saves the post editor (every language version at once) and refreshes the public pages.
export const savePostAction = formAction({
  guard: "editor",
  schema: postFormSchema,
  input: postFormInput,
  messages: { invalid: "AdminPosts.errorsBelow" },
  run: async ({ viewer, input, t }) =>
    saved(await savePost(viewer, postWriteFromForm(input)), t, (id, version) => `/admin/posts/${id}?saved=${version}`),
});

// Takes a post off the public site, back to draft.
export const unpublishPostAction = formAction({
  guard: "editor",
  schema: versionedRecordSchema,
  messages: { invalid: "Admin.notFound" },
  run: async ({ viewer, input, t }) =>
    saved(
      await unpublishPost(viewer, input.id, input.version),
      t,
      (id, version) => `/admin/posts/${id}?saved=${version}`,
    ),
});

// Brings back an earlier version of a post as a new version.
export const restorePostAction = formAction({
  guard: "editor",
  schema: restoreSchema,
  messages: { invalid: "AdminHistory.restoreInvalid" },
  run: async ({ viewer, input, t }) =>
    saved(
      await restorePostRevision(viewer, input.id, input.revision, input.version),
      t,
      (id, version) => `/admin/posts/${id}/history?restored=${input.revision}&version=${version}`,
    ),
});
