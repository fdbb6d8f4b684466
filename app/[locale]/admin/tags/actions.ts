"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getViewer, isEditor } from "@/lib/auth/viewer";
import { expireTags } from "@/lib/data/cache";
import { deleteTag, saveTag } from "@/lib/data/admin/tags/save";
import { formLocale } from "@/lib/validation/account";
import { fieldErrors, type FormState, submittedValues } from "@/lib/validation/form";
import { tagFormInput, tagFormSchema } from "@/lib/validation/tags";

// Creates or updates a tag, or deletes it (button "operation" = "delete").
export async function tagAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  const tAdmin = await getTranslations({ locale, namespace: "Admin" });
  if (!isEditor(viewer)) return { status: "error", message: tAdmin("forbiddenAction") };
  const values = submittedValues(formData);
  if (formData.get("operation") === "delete") {
    const id = z.string().min(1).max(40).safeParse(formData.get("id"));
    if (!id.success || !(await deleteTag(viewer, id.data))) return { status: "error", message: tAdmin("notFound") };
  } else {
    const tv = await getTranslations({ locale, namespace: "Validation" });
    const parsed = tagFormSchema.safeParse(tagFormInput(formData));
    if (!parsed.success) {
      const errors = Object.fromEntries(
        Object.entries(fieldErrors(parsed.error, tv)).map(([k, v]) => [k.replace(/^names\./, "name."), v]),
      );
      return { status: "error", errors, values };
    }
    const result = await saveTag(viewer, parsed.data);
    if (!result.ok) {
      return result.error === "slugTaken"
        ? { status: "error", errors: { slug: tv("slugTaken") }, values }
        : { status: "error", message: tAdmin("notFound"), values };
    }
  }
  expireTags("tags", "posts");
  revalidatePath(`/${locale}/admin/tags`);
  return { status: "ok", message: tAdmin("saved") };
}
