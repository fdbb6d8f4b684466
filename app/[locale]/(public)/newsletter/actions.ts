"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { formAction, rejected } from "@/lib/actions/form-action";
import { clientIp } from "@/lib/auth/credentials";
import { changeLanguage, confirmSubscription, subscribe, unsubscribe } from "@/lib/data/newsletter";
import { submittedValues } from "@/lib/validation/form";
import { confirmSchema, preferencesSchema, subscribeSchema, subscriberLinkSchema } from "@/lib/validation/newsletter";

// Signs an address up (double opt-in). Known or not, confirmed or not, the answer is the same.
export const subscribeAction = formAction({
  guard: "anyone",
  schema: subscribeSchema,
  // The honeypot is never shown again; the page's locale is the form's own.
  secret: ["website", "locale"],
  run: async ({ input, formData, t }) => {
    const sent = {
      ok: true as const,
      message: t("Newsletter.form.sent"),
      values: submittedValues(formData, ["website", "locale"]),
    };
    // The hidden field only bots fill in.
    if (formData.get("website")) return sent;
    const result = await subscribe(input, clientIp(await headers()));
    if (result.kind === "throttled") {
      return rejected(t("Newsletter.form.throttled", { minutes: Math.ceil(result.retryAfterSeconds / 60) }));
    }
    after(() => result.work().catch((error) => console.error("newsletter sign-up:", error)));
    return sent;
  },
});

// Confirms a subscription from the link in the confirmation e-mail.
export const confirmAction = formAction({
  guard: "anyone",
  schema: confirmSchema,
  messages: { invalid: "Newsletter.confirm.invalid" },
  run: async ({ input, t }) => {
    const result = await confirmSubscription(input.token);
    if (result.kind === "invalid") return rejected(t("Newsletter.confirm.invalid"));
    return { ok: true, message: t("Newsletter.confirm.done") };
  },
});

// Changes the language of a subscriber's newsletter (signed link from an e-mail).
export const changeLanguageAction = formAction({
  guard: "anyone",
  schema: preferencesSchema,
  messages: { invalid: "Newsletter.preferences.invalid" },
  run: async ({ input, t }) => {
    if (!(await changeLanguage(input.s, input.t, input.language))) {
      return rejected(t("Newsletter.preferences.invalid"));
    }
    return { ok: true, message: t("Newsletter.preferences.languageSaved"), values: { language: input.language } };
  },
});

// Unsubscribes through the signed link of an e-mail; the one-click POST of mail clients is app/api/newsletter/unsubscribe.
export const unsubscribeAction = formAction({
  guard: "anyone",
  schema: subscriberLinkSchema,
  messages: { invalid: "Newsletter.preferences.invalid" },
  run: async ({ input, t }) => {
    if (!(await unsubscribe(input.s, input.t))) return rejected(t("Newsletter.preferences.invalid"));
    return { ok: true, message: t("Newsletter.preferences.unsubscribed") };
  },
});
