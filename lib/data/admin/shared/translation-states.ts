import { type AppLocale, byLocale, sourceLocale } from "@/lib/i18n/locales";

export type TranslationState = "published" | "draft" | "missing" | "outdated";

export const translationStateKeys = [
  "published",
  "draft",
  "missing",
  "outdated",
] as const satisfies readonly TranslationState[];

interface TranslationClock {
  locale: AppLocale;
  contentUpdatedAt: Date;
  sourceUpdatedAt: Date | null;
  createdAt: Date;
}

// Each locale's state: missing, draft, published, or outdated (Polish changed since).
export function translationStates(
  translations: (TranslationClock & { status: string })[],
): Record<AppLocale, TranslationState> {
  const source = translations.find((t) => t.locale === sourceLocale);
  return byLocale((locale) => {
    const t = translations.find((row) => row.locale === locale);
    if (!t) return "missing";
    const basis = t.sourceUpdatedAt ?? t.createdAt;
    if (locale !== sourceLocale && source && basis < source.contentUpdatedAt) return "outdated";
    return t.status === "PUBLISHED" ? "published" : "draft";
  });
}

// The states of an entity whose language versions have no status of their own (clusters,
// agreements): every stored version is public.
export function liveTranslationStates(translations: TranslationClock[]): Record<AppLocale, TranslationState> {
  return translationStates(translations.map((t) => ({ ...t, status: "PUBLISHED" })));
}

// The clock of each language version a save writes, called in the portal's locale order (Polish
// first): a changed version is new now, and a translation records which Polish content it
// was translated from, so it reads "outdated" once the Polish changes again.
export function translationClock(now: Date) {
  let sourceUpdatedAt: Date | null = null;
  return (
    locale: AppLocale,
    changed: boolean,
    old: { contentUpdatedAt: Date; sourceUpdatedAt: Date | null } | null,
  ): { contentUpdatedAt: Date; sourceUpdatedAt: Date | null } => {
    const contentUpdatedAt = changed || !old ? now : old.contentUpdatedAt;
    if (locale === sourceLocale) {
      sourceUpdatedAt = contentUpdatedAt;
      return { contentUpdatedAt, sourceUpdatedAt: null };
    }
    return { contentUpdatedAt, sourceUpdatedAt: changed || !old ? sourceUpdatedAt : old.sourceUpdatedAt };
  };
}
