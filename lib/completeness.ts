import type { ClusterSnapshot } from "@/lib/data/admin/clusters/snapshot";
import { type AppLocale, locales } from "@/lib/i18n/locales";

// What a complete cluster profile has: contact and profile facts once, and a name, a summary and
// a description in every language. The meter counts each as one item.
export const profileFields = [
  "logoId",
  "website",
  "email",
  "phone",
  "address",
  "city",
  "region",
  "sectors",
  "memberCount",
  "socialLinks",
] as const;
export const translationFields = ["name", "shortDescription", "description"] as const;

export type ProfileField = (typeof profileFields)[number];
export type TranslationField = (typeof translationFields)[number];

export interface Completeness {
  /** 0–100, rounded down so that 100 means nothing is missing. */
  percent: number;
  missingFields: ProfileField[];
  /** Per language, the texts it lacks (a language not started lacks all three). */
  missingTexts: Partial<Record<AppLocale, TranslationField[]>>;
}

type Profile = Pick<ClusterSnapshot, ProfileField | "translations">;

function hasText(html: string | undefined): boolean {
  return Boolean(html && (html.replace(/<[^>]*>/g, "").trim() || /<img\s/i.test(html)));
}

// How complete a profile is, and what it lacks.
export function profileCompleteness(profile: Profile): Completeness {
  const missingFields = profileFields.filter((field) => {
    const value = profile[field];
    if (Array.isArray(value)) return value.length === 0;
    if (value !== null && typeof value === "object") return Object.values(value).every((url) => !url);
    return value === null || value === undefined || value === "";
  });
  const missingTexts: Completeness["missingTexts"] = {};
  let missingTextCount = 0;
  for (const locale of locales) {
    const t = profile.translations[locale];
    const missing = translationFields.filter((field) =>
      field === "description" ? !hasText(t?.description) : !t?.[field]?.trim(),
    );
    if (missing.length) missingTexts[locale] = missing;
    missingTextCount += missing.length;
  }
  const total = profileFields.length + locales.length * translationFields.length;
  const missing = missingFields.length + missingTextCount;
  return { percent: Math.floor(((total - missing) / total) * 100), missingFields, missingTexts };
}
