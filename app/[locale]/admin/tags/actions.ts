"use server";

import { formAction, invalid } from "@/lib/actions/form-action";
import { deleteTag, saveTag } from "@/lib/data/admin/tags/save";
import { tagActionSchema, tagFormInput } from "@/lib/validation/tags";

// Creates or updates a tag, or deletes it (button "operation" = "delete").
export const tagAction = formAction({
  guard: "editor",
  schema: tagActionSchema,
  input: tagFormInput,
  run: async ({ viewer, input, t }) => {
    if (input.operation === "delete") {
      if (!(await deleteTag(viewer, input.id))) return { ok: false, error: "notFound" };
    } else {
      const result = await saveTag(viewer, input);
      if (!result.ok && result.error === "notFound") return { ok: false, error: "notFound" };
      if (!result.ok) return invalid({ slug: "slugTaken" });
    }
    return { ok: true, expire: ["tags", "posts"], revalidate: ["/admin/tags"], message: t("Admin.saved") };
  },
});
