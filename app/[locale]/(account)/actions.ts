"use server";

import { after } from "next/server";
import { formAction, rejected } from "@/lib/actions/form-action";
import { auth, signIn, signOut, SignInRefused } from "@/lib/auth";
import { endSession } from "@/lib/auth/sessions";
import { hashPassword } from "@/lib/auth/password";
import { setPasswordWithToken } from "@/lib/auth/tokens";
import { requestPasswordReset } from "@/lib/data/admin/users/save";
import { getPathname } from "@/lib/i18n/navigation";
import {
  forgotPasswordSchema,
  formLocale,
  newPasswordSchema,
  safeNextPath,
  signInSchema,
} from "@/lib/validation/account";

// Signs in with e-mail and password; a refusal says why without revealing whether the e-mail exists.
export const signInAction = formAction({
  guard: "anyone",
  schema: signInSchema,
  run: async ({ input, formData, locale, t }) => {
    try {
      // Redirects on success (Next's signal passes through the pipeline).
      await signIn("credentials", { ...input, redirectTo: safeNextPath(formData.get("next"), locale) });
    } catch (error) {
      if (!(error instanceof SignInRefused)) throw error;
      const reason = error.code === "locked" || error.code === "throttled" ? error.code : "invalid";
      return rejected(t(`Account.signIn.${reason}`));
    }
    return { ok: true };
  },
});

// Ends the session and returns to the sign-in page. A plain form action (no state to show): it
// reads nothing and only clears the session cookie.
export async function signOutAction(formData: FormData): Promise<void> {
  // Ends this session on the server too: a copy of the cookie stops working at once.
  await endSession((await auth())?.user?.sid);
  await signOut({ redirectTo: getPathname({ locale: formLocale(formData), href: "/sign-in" }) });
}

// Sends a reset link when the address is known; answers the same either way.
export const forgotPasswordAction = formAction({
  guard: "anyone",
  schema: forgotPasswordSchema,
  run: async ({ input, locale, formData, t }) => {
    // After the answer: a known and an unknown address answer alike and equally fast.
    after(() => requestPasswordReset(input.email, locale).catch((error) => console.error("password reset:", error)));
    return { ok: true, message: t("Account.forgot.sent"), values: { email: String(formData.get("email") ?? "") } };
  },
});

// Chooses a password through an invitation or reset link, then goes to the sign-in page.
export const setPasswordAction = formAction({
  guard: "anyone",
  schema: newPasswordSchema,
  run: async ({ input, t }) => {
    const done = await setPasswordWithToken(input.token, await hashPassword(input.password));
    if (!done) return rejected(t("Account.setPassword.expired"));
    return { ok: true, redirect: "/sign-in?welcome=1" };
  },
});
