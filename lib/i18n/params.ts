import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { slugSchema } from "@/lib/validation/params";
import { type AppLocale, isLocale } from "./locales";

// Route params of localized pages, checked: a path like /favicon.ico reaches [locale] too,
// and pages render alongside the layout, so each one validates its own locale and sets it for
// the request (next-intl's Link and getLocale read it; pages skip the proxy, so no header has it).
export async function routeParams<P extends { locale: string }>(
  params: Promise<P>,
): Promise<Omit<P, "locale"> & { locale: AppLocale }> {
  const resolved = await params;
  if (!isLocale(resolved.locale)) notFound();
  setRequestLocale(resolved.locale);
  return resolved as Omit<P, "locale"> & { locale: AppLocale };
}

// Params of a page addressed by slug: a malformed slug is a 404 before any query runs.
export async function slugRouteParams<P extends { locale: string; slug: string }>(params: Promise<P>) {
  const resolved = await routeParams(params);
  if (!slugSchema.safeParse(resolved.slug).success) notFound();
  return resolved;
}
