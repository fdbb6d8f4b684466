// The portal's languages, shared by routing, the data layer and scripts (no Next imports).
export const locales = ["pl", "en", "de", "fr", "ru"] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = "pl";

// Content is written in Polish first; every other locale falls back to it.
export const sourceLocale: AppLocale = "pl";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

// One value per locale, in the portal's order.
export function byLocale<T>(value: (locale: AppLocale) => T): Record<AppLocale, T> {
  return Object.fromEntries(locales.map((locale) => [locale, value(locale)])) as Record<AppLocale, T>;
}

// BCP 47 tags for OpenGraph (`og:locale` wants language_TERRITORY).
export const ogLocales: Record<AppLocale, string> = {
  pl: "pl_PL",
  en: "en_GB",
  de: "de_DE",
  fr: "fr_FR",
  ru: "ru_RU",
};

// The native name of each language, shown in the switcher whatever the page's locale.
export const localeNames: Record<AppLocale, string> = {
  pl: "Polski",
  en: "English",
  de: "Deutsch",
  fr: "Français",
  ru: "Русский",
};

// The languages as the options of a language choice, each named (and marked) in itself.
export const languageOptions = locales.map((locale) => ({ value: locale, label: localeNames[locale], lang: locale }));

/**
 * Picks the translation for `locale`, else the Polish source.
 * `isFallback` tells the page to show a notice and mark the content's `lang`.
 */
export function pickTranslation<T extends { locale: string }>(
  translations: readonly T[],
  locale: AppLocale,
): { translation: T; isFallback: boolean } | null {
  const exact = translations.find((t) => t.locale === locale);
  if (exact) return { translation: exact, isFallback: false };
  const source = translations.find((t) => t.locale === sourceLocale);
  if (source) return { translation: source, isFallback: true };
  const any = translations[0];
  return any ? { translation: any, isFallback: true } : null;
}

// The locales to load for a page in `locale`: its own and the Polish fallback.
export function withSource(locale: AppLocale): AppLocale[] {
  return locale === sourceLocale ? [locale] : [locale, sourceLocale];
}

// The cookie that remembers a chosen language; read by the proxy on `/`, set by the switcher.
export const localeCookie = { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365 } as const;
