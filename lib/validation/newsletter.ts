import { z } from "zod";
import { SubscriberStatus } from "@/lib/generated/prisma/enums";
import { byLocale, locales } from "@/lib/i18n/locales";
import { emailSchema } from "./account";
import { idSchema, versionSchema } from "./records";

// The version of the privacy note a subscriber agrees to; recorded with each consent. Change it
// whenever the note's newsletter section (messages: Privacy) changes.
export const CONSENT_VERSION = "2026-11-27";

export const subscribeSchema = z.object({
  email: emailSchema,
  language: z.enum(locales),
  // A checkbox sends "on" when ticked and nothing otherwise.
  consent: z.literal("on", "consent"),
});

// A subscriber's signed link: their id and its HMAC.
export const subscriberLinkSchema = z.object({
  s: z.string().regex(/^[a-z0-9]{20,40}$/, "tokenInvalid"),
  t: z.string().regex(/^[A-Za-z0-9_-]{40,50}$/, "tokenInvalid"),
});

export const preferencesSchema = subscriberLinkSchema.extend({ language: z.enum(locales) });

export const confirmTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "tokenInvalid");

// The button on the confirmation page posts the link's token.
export const confirmSchema = z.object({ token: confirmTokenSchema });

const issueText = z.object({
  subject: z.string().trim().max(150),
  intro: z.string().trim().max(5000),
});

// An issue as the composer saves it: per language a subject and intro (Polish required, others
// optional: missing ones fall back to Polish), and the chosen posts in order.
export const issueSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    posts: z.array(idSchema).max(20),
    texts: z.object(byLocale(() => issueText)),
  })
  .superRefine((value, ctx) => {
    if (!value.texts.pl.subject)
      ctx.addIssue({ code: "custom", path: ["texts", "pl", "subject"], message: "required" });
    if (!value.texts.pl.intro) ctx.addIssue({ code: "custom", path: ["texts", "pl", "intro"], message: "required" });
    for (const locale of locales) {
      const { subject, intro } = value.texts[locale];
      // Half a translation would mix languages in one e-mail.
      if (locale !== "pl" && Boolean(subject) !== Boolean(intro))
        ctx.addIssue({
          code: "custom",
          path: ["texts", locale, subject ? "intro" : "subject"],
          message: "issueTextPair",
        });
    }
  });

export type IssueInput = z.infer<typeof issueSchema>;

// Reads the composer's form: posts as repeated "posts" fields, texts as "texts.<locale>.<field>".
export function issueFormInput(formData: FormData) {
  return {
    id: formData.get("id"),
    version: formData.get("version"),
    posts: formData.getAll("posts").filter((v): v is string => typeof v === "string"),
    texts: byLocale((l) => ({
      subject: String(formData.get(`texts.${l}.subject`) ?? ""),
      intro: String(formData.get(`texts.${l}.intro`) ?? ""),
    })),
  };
}

// One language of the saved issue, to send to the editor as a test.
export const testIssueSchema = z.object({ id: idSchema, language: z.enum(locales) });

// Sending an issue: the version the editor previewed, and the tick that every language was checked.
export const startSendingSchema = z.object({
  id: idSchema,
  version: versionSchema,
  reviewed: z.literal("on", "reviewRequired"),
});

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// The subscriber list's search, filter and page, from the query string or the erase form's
// hidden fields; anything invalid falls back to the whole list.
export const subscriberQuerySchema = z.object({
  q: z.preprocess(
    (v) => (typeof single(v) === "string" ? (single(v) as string).trim() || undefined : undefined),
    // No control characters (PostgreSQL rejects NUL in text).
    z
      .string()
      .max(100)
      .regex(/^\P{Cc}*$/u)
      .optional()
      .catch(undefined),
  ),
  status: z.preprocess((v) => single(v) || undefined, z.enum(SubscriberStatus).optional().catch(undefined)),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1)),
});

export type SubscriberQuery = z.infer<typeof subscriberQuerySchema>;

// Erasing a subscriber from the list, which then shows the same search again.
export const eraseSubscriberSchema = subscriberQuerySchema.extend({ id: idSchema });

// The language whose preview the composer showed when it was saved (Polish is the default view).
export const previewLanguageSchema = z.enum(locales.filter((l) => l !== "pl") as ["en", "de", "fr", "ru"]);
