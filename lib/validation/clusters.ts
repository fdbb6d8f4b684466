import { z } from "zod";
import { Region, SocialNetwork } from "@/lib/generated/prisma/enums";
import { type AppLocale, locales, sourceLocale } from "@/lib/i18n/locales";
import { sectorKeys } from "@/lib/sectors";
import { emailSchema } from "./account";

export const socialNetworks = Object.values(SocialNetwork);

// PostgreSQL refuses NUL in text, and no other control character belongs in a form field.
const oneLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^\P{Cc}*$/u, "invalid");
const multiLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, "invalid");
const noneIfEmpty = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);
const orNone = <T extends z.ZodType>(schema: T) => z.preprocess(noneIfEmpty, schema.nullable());
// zod reports "rok" or 2.5 as a wrong type, which would read as "required".
const wholeNumber = () =>
  z.coerce.number({ error: (issue) => (issue.code === "invalid_type" ? "wholeNumber" : undefined) }).int();

// Public host names only (punycode TLDs included): an address a visitor's browser can open.
const hostname = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;

// Links that end up in an href: http(s) only, so never javascript: or data:.
export const httpUrlSchema = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https?$/, hostname }));

// Empty means "make it from the Polish name".
export const clusterSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(100)
  .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, "slugFormat");

export const clusterTranslationSchema = z.object({
  name: oneLine(200),
  shortDescription: multiLine(600),
  description: z
    .string()
    .max(100_000)
    .regex(/^[^\u0000]*$/, "invalid"),
});

type TranslationInput = z.output<typeof clusterTranslationSchema>;

// A language version with no name, summary or description text is "no translation".
export function isEmptyTranslation(t: TranslationInput): boolean {
  const text = t.description.replace(/<[^>]*>/g, "").trim();
  return !t.name && !t.shortDescription && !text && !/<img\s/i.test(t.description);
}

// Drops empty language versions other than the Polish source.
export function withoutEmptyTranslations(
  translations: Partial<Record<AppLocale, TranslationInput>>,
): Partial<Record<AppLocale, TranslationInput>> {
  return Object.fromEntries(
    locales.flatMap((l) => {
      const t = translations[l];
      return t && (l === sourceLocale || !isEmptyTranslation(t)) ? [[l, t]] : [];
    }),
  );
}

const socialUrl = orNone(httpUrlSchema);
const socialLinksSchema = z
  .object(Object.fromEntries(socialNetworks.map((n) => [n, socialUrl])) as Record<SocialNetwork, typeof socialUrl>)
  .transform(
    (links) =>
      Object.fromEntries(Object.entries(links).filter(([, url]) => url)) as Partial<Record<SocialNetwork, string>>,
  );

const clusterFields = {
  slug: clusterSlugSchema,
  isUmbrella: z.boolean(),
  parentId: orNone(z.string().min(1).max(40)),
  logoId: orNone(z.string().min(1).max(40)),
  website: orNone(httpUrlSchema),
  email: orNone(emailSchema),
  phone: orNone(oneLine(40).regex(/^(?=(?:\D*\d){5})\+?[\d ()./-]+$/, "phoneFormat")),
  address: orNone(oneLine(200)),
  postalCode: orNone(oneLine(10).regex(/^\d{2}-\d{3}$/, "postalCodeFormat")),
  city: orNone(oneLine(100)),
  region: orNone(z.enum(Region)),
  foundedYear: orNone(
    wholeNumber()
      .min(1900)
      .refine((year) => year <= new Date().getFullYear(), "yearInFuture"),
  ),
  memberCount: orNone(wholeNumber().min(1).max(100_000)),
  sectors: z
    .array(z.enum(sectorKeys))
    .max(sectorKeys.length)
    .transform((list) => sectorKeys.filter((key) => list.includes(key)) as string[]),
  socialLinks: socialLinksSchema,
};

// Checked on the translations alone, so that these errors show together with any other field's.
function checkTranslations(translations: Partial<Record<AppLocale, TranslationInput>>, ctx: z.RefinementCtx) {
  if (!translations.pl?.name) ctx.addIssue({ code: "custom", path: ["pl", "name"], message: "sourceRequired" });
  for (const locale of locales) {
    const t = translations[locale];
    if (locale !== sourceLocale && t && !t.name && !isEmptyTranslation(t)) {
      ctx.addIssue({ code: "custom", path: [locale, "name"], message: "required" });
    }
  }
}

// The cluster editor's form: every language tab is submitted, empty ones included.
export const clusterFormSchema = z.object({
  id: orNone(z.string().min(1).max(40)),
  version: z.coerce.number().int().min(0),
  // Only the editors' form has the checkbox; absent means "leave as it is".
  trusted: z.boolean().optional(),
  ...clusterFields,
  translations: z
    .object(
      Object.fromEntries(locales.map((l) => [l, clusterTranslationSchema])) as Record<
        AppLocale,
        typeof clusterTranslationSchema
      >,
    )
    .superRefine(checkTranslations),
});

export type ClusterForm = z.output<typeof clusterFormSchema>;

// What the data layer accepts from any caller (the form, a restored revision, later a member's
// own profile): checked again there, since only the data layer is sure to run.
export const clusterWriteSchema = z.object({
  id: z.string().min(1).max(40).nullable(),
  expectedVersion: z.number().int().min(0),
  ...clusterFields,
  translations: z
    .object(
      Object.fromEntries(locales.map((l) => [l, clusterTranslationSchema.optional()])) as Record<
        AppLocale,
        z.ZodOptional<typeof clusterTranslationSchema>
      >,
    )
    .superRefine(checkTranslations)
    .transform(withoutEmptyTranslations),
});

// The editor's FormData as the object clusterFormSchema checks (field names: t.<locale>.<field>).
export function clusterFormInput(formData: FormData) {
  const str = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : "";
  };
  return {
    id: str("id"),
    version: str("version"),
    slug: str("slug"),
    isUmbrella: formData.get("isUmbrella") === "on",
    trusted: formData.has("trustedField") ? formData.get("trusted") === "on" : undefined,
    parentId: str("parentId"),
    logoId: str("logoId"),
    website: str("website"),
    email: str("email"),
    phone: str("phone"),
    address: str("address"),
    postalCode: str("postalCode"),
    city: str("city"),
    region: str("region"),
    foundedYear: str("foundedYear"),
    memberCount: str("memberCount"),
    sectors: formData.getAll("sectors").filter((v): v is string => typeof v === "string"),
    socialLinks: Object.fromEntries(socialNetworks.map((n) => [n, str(`socialLinks.${n}`)])),
    translations: Object.fromEntries(
      locales.map((l) => [
        l,
        {
          name: str(`t.${l}.name`),
          shortDescription: str(`t.${l}.shortDescription`),
          description: str(`t.${l}.description`),
        },
      ]),
    ),
  };
}

// What a member's form was loaded from, beside the profile: the approved version and the pending
// change (if any). A save made from anything older is a conflict, never an overwrite.
const basisFields = {
  changeId: z.preprocess((v) => (v === "" ? null : v), z.string().min(1).max(40).nullable()),
  changeVersion: z.coerce.number().int().min(0),
};

export const memberProfileSchema = clusterFormSchema.extend({
  version: z.coerce.number().int().min(1),
  ...basisFields,
});

export const memberRestoreSchema = z.object({
  revision: z.coerce.number().int().min(1),
  version: z.coerce.number().int().min(1),
  ...basisFields,
});

// A member's profile form: the cluster editor's fields and the basis.
export function memberProfileInput(formData: FormData) {
  return { ...clusterFormInput(formData), ...basisInput(formData) };
}

export function basisInput(formData: FormData) {
  return { changeId: formData.get("changeId") ?? "", changeVersion: formData.get("changeVersion") };
}
