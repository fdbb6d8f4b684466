"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import { clientIp } from "@/lib/auth/credentials";
import { changeLanguage, confirmSubscription, subscribe, unsubscribe } from "@/lib/data/newsletter";
import { formLocale } from "@/lib/validation/account";
import { fieldErrors, type FormState, submittedValues } from "@/lib/validation/form";
import {
  confirmTokenSchema,
  preferencesSchema,
  subscribeSchema,
  subscriberLinkSchema,
} from "@/lib/validation/newsletter";

// Signs an address up (double opt-in). Known or not, confirmed or not, the answer is the same.
export async function subscribeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const values = submittedValues(formData, ["website", "locale"]);
  const parsed = subscribeSchema.safeParse({
    email: formData.get("email"),
    language: formData.get("language"),
    consent: formData.get("consent"),
  });
  if (!parsed.success) {
    const t = await getTranslations({ locale, namespace: "Validation" });
    return { status: "error", errors: fieldErrors(parsed.error, t), values };
  }
  const t = await getTranslations({ locale, namespace: "Newsletter" });
  const sent = { status: "ok", message: t("form.sent"), values } as const;
  // The hidden field only bots fill in.
  if (formData.get("website")) return sent;
  const result = await subscribe(parsed.data, clientIp(await headers()));
  if (result.kind === "throttled") {
    return {
      status: "error",
      message: t("form.throttled", { minutes: Math.ceil(result.retryAfterSeconds / 60) }),
      values,
    };
  }
  after(() => result.work().catch((error) => console.error("newsletter sign-up:", error)));
  return sent;
}

// Confirms a subscription from the link in the confirmation e-mail.
export async function confirmAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const t = await getTranslations({ locale, namespace: "Newsletter" });
  const token = confirmTokenSchema.safeParse(formData.get("token"));
  const result = token.success ? await confirmSubscription(token.data) : { kind: "invalid" as const };
  if (result.kind === "invalid") return { status: "error", message: t("confirm.invalid") };
  return { status: "ok", message: t("confirm.done") };
}

// Changes the language of a subscriber's newsletter (signed link from an e-mail).
export async function changeLanguageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const t = await getTranslations({ locale, namespace: "Newsletter" });
  const parsed = preferencesSchema.safeParse({
    s: formData.get("s"),
    t: formData.get("t"),
    language: formData.get("language"),
  });
  if (!parsed.success || !(await changeLanguage(parsed.data.s, parsed.data.t, parsed.data.language))) {
    return { status: "error", message: t("preferences.invalid") };
  }
  return { status: "ok", message: t("preferences.languageSaved"), values: { language: parsed.data.language } };
}

// Unsubscribes through the signed link of an e-mail; the one-click POST of mail clients is app/api/newsletter/unsubscribe.
export async function unsubscribeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const t = await getTranslations({ locale, namespace: "Newsletter" });
  const parsed = subscriberLinkSchema.safeParse({ s: formData.get("s"), t: formData.get("t") });
  if (!parsed.success || !(await unsubscribe(parsed.data.s, parsed.data.t))) {
    return { status: "error", message: t("preferences.invalid") };
  }
  return { status: "ok", message: t("preferences.unsubscribed") };
}
