"use server";

import { formAction, invalid, rejected } from "@/lib/actions/form-action";
import { inviteUser, resendInvitation, setUserDisabled } from "@/lib/data/admin/users/save";
import { inviteUserSchema, userAccountSchema } from "@/lib/validation/users";

// Invites a new user by e-mail (admins only).
export const inviteUserAction = formAction({
  guard: "admin",
  schema: inviteUserSchema,
  input: (formData) => ({
    email: formData.get("email"),
    name: formData.get("name"),
    role: formData.get("role"),
    clusterId: formData.get("clusterId") ?? "",
    locale: formData.get("userLocale"),
  }),
  run: async ({ viewer, input, t }) => {
    const result = await inviteUser(viewer, input);
    if (!result.ok && result.error === "emailTaken") return invalid({ email: "emailTaken" });
    if (!result.ok) return invalid({ clusterId: "clusterRequired" });
    return { ok: true, revalidate: ["/admin/users"], message: t("AdminUsers.invited", { email: input.email }) };
  },
});

// Disables or re-enables an account, or sends a new invitation (admins only).
export const userAccountAction = formAction({
  guard: "admin",
  schema: userAccountSchema,
  messages: { invalid: "AdminUsers.notDone" },
  run: async ({ viewer, input, t }) => {
    const done =
      input.operation === "reinvite"
        ? await resendInvitation(viewer, input.id)
        : await setUserDisabled(viewer, input.id, input.operation === "disable");
    if (!done) return rejected(t("AdminUsers.notDone"));
    return { ok: true, revalidate: ["/admin/users"], message: t(`AdminUsers.done.${input.operation}`) };
  },
});
