import type { AppLocale } from "../../lib/i18n/locales";

// A value in every language of the portal.
export type Localized<T = string> = Record<AppLocale, T>;

// A value in Polish (the source language) and any subset of the other languages.
export type PartiallyLocalized<T = string> = { pl: T } & Partial<Record<AppLocale, T>>;

// Builds a value for every locale of the portal from a function of the locale.
export function localize<T>(build: (locale: AppLocale) => T): Localized<T> {
  return { pl: build("pl"), en: build("en"), de: build("de"), fr: build("fr"), ru: build("ru") };
}
