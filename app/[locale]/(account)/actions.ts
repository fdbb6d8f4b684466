"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import { signIn, signOut, SignInRefused } from "@/lib/auth";
import { signInSchema } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { setPasswordWithToken } from "@/lib/auth/tokens";
import { requestPasswordReset } from "@/lib/data/admin/users/save";
import { forgotPasswordSchema, formLocale, newPasswordSchema, safeNextPath } from "@/lib/validation/account";
import { fieldErrors, type FormState } from "@/lib/validation/form";

// Signs in with e-mail and password; a refusal says why without revealing whether the e-mail exists.
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    const t = await getTranslations({ locale, namespace: "Validation" });
    return { status: "error", errors: fieldErrors(parsed.error, t), values };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeNextPath(formData.get("next"), locale) });
  } catch (error) {
    if (error instanceof SignInRefused) {
      const t = await getTranslations({ locale, namespace: "Account" });
      const reason = error.code === "locked" || error.code === "throttled" ? error.code : "invalid";
      return { status: "error", message: t(`signIn.${reason}`), values };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { status: "ok" };
}

// Ends the session and returns to the sign-in page.
export async function signOutAction(formData: FormData): Promise<void> {
  await signOut({ redirectTo: `/${formLocale(formData)}/sign-in` });
}

// Sends a reset link when the address is known; answers the same either way.
export async function forgotPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = forgotPasswordSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) {
    const t = await getTranslations({ locale, namespace: "Validation" });
    return { status: "error", errors: fieldErrors(parsed.error, t), values };
  }
  // After the answer: a known and an unknown address answer alike and equally fast.
  after(() =>
    requestPasswordReset(parsed.data.email, locale).catch((error) => console.error("password reset:", error)),
  );
  const t = await getTranslations({ locale, namespace: "Account" });
  return { status: "ok", message: t("forgot.sent"), values };
}

// Chooses a password through an invitation or reset link, then goes to the sign-in page.
export async function setPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const parsed = newPasswordSchema.safeParse({
    password: formData.get("password"),
    confirm: formData.get("confirm"),
    token: formData.get("token"),
  });
  if (!parsed.success) {
    const t = await getTranslations({ locale, namespace: "Validation" });
    return { status: "error", errors: fieldErrors(parsed.error, t) };
  }
  const done = await setPasswordWithToken(parsed.data.token, await hashPassword(parsed.data.password));
  if (!done) {
    const t = await getTranslations({ locale, namespace: "Account" });
    return { status: "error", message: t("setPassword.expired") };
  }
  redirect(`/${locale}/sign-in?welcome=1`);
}
