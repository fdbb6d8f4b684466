import { notFound } from "next/navigation";
import { type AppLocale, isLocale } from "./locales";

// Route params of localized pages, checked: a path like /favicon.ico reaches [locale] too,
// and pages render alongside the layout, so each one validates its own locale.
export async function routeParams<P extends { locale: string }>(
  params: Promise<P>,
): Promise<Omit<P, "locale"> & { locale: AppLocale }> {
  const resolved = await params;
  if (!isLocale(resolved.locale)) notFound();
  return resolved as Omit<P, "locale"> & { locale: AppLocale };
}
