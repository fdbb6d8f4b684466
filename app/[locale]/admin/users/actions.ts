"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { inviteUser, resendInvitation, setUserDisabled } from "@/lib/data/admin/users/save";
import { formLocale } from "@/lib/validation/account";
import { fieldErrors, type FormState, submittedValues } from "@/lib/validation/form";
import { inviteUserSchema, userIdSchema } from "@/lib/validation/users";

async function refused(locale: ReturnType<typeof formLocale>): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { status: "error", message: t("forbiddenAction") };
}

// Invites a new user by e-mail (admins only).
export async function inviteUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (viewer?.role !== "ADMIN") return refused(locale);
  const values = submittedValues(formData);
  const tv = await getTranslations({ locale, namespace: "Validation" });
  const parsed = inviteUserSchema.safeParse({
    email: formData.get("email"),
    name: formData.get("name"),
    role: formData.get("role"),
    clusterId: formData.get("clusterId") ?? "",
    locale: formData.get("userLocale"),
  });
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error, tv), values };
  const result = await inviteUser(viewer, parsed.data);
  if (!result.ok) {
    const field = result.error === "emailTaken" ? "email" : "clusterId";
    return {
      status: "error",
      errors: { [field]: tv(result.error === "emailTaken" ? "emailTaken" : "clusterRequired") },
      values,
    };
  }
  revalidatePath(`/${locale}/admin/users`);
  const t = await getTranslations({ locale, namespace: "AdminUsers" });
  return { status: "ok", message: t("invited", { email: parsed.data.email }) };
}

// Disables or re-enables an account, or sends a new invitation (admins only).
export async function userAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (viewer?.role !== "ADMIN") return refused(locale);
  const id = userIdSchema.safeParse(formData.get("id"));
  const operation = formData.get("operation");
  if (!id.success) return refused(locale);
  const t = await getTranslations({ locale, namespace: "AdminUsers" });
  let done = false;
  if (operation === "disable" || operation === "enable")
    done = await setUserDisabled(viewer, id.data, operation === "disable");
  else if (operation === "reinvite") done = await resendInvitation(viewer, id.data);
  revalidatePath(`/${locale}/admin/users`);
  return done
    ? { status: "ok", message: t(`done.${operation as "disable"}`) }
    : { status: "error", message: t("notDone") };
}
