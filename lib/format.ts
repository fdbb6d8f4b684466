import type { AppLocale } from "./i18n/locales";

// Date formats per locale: British English writes "24 June 2015", as the rest of Europe does.
const intlLocale: Record<AppLocale, string> = { pl: "pl-PL", en: "en-GB", de: "de-DE", fr: "fr-FR", ru: "ru-RU" };

export function formatDate(iso: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Warsaw",
  }).format(new Date(iso));
}

// The machine-readable date for <time dateTime>, in the portal's time zone.
export function isoDay(iso: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date(iso));
}

export function formatFileSize(bytes: number, locale: AppLocale): string {
  const units = ["byte", "kilobyte", "megabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(intlLocale[locale], {
    style: "unit",
    unit: units[unit],
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(value);
}

// How a person is named on screen and in the records: their name, else their e-mail address.
export function personName(user: { name: string | null; email: string }): string;
export function personName(user: { name: string | null; email: string } | null): string | null;
export function personName(user: { name: string | null; email: string } | null): string | null {
  return user ? (user.name ?? user.email) : null;
}
