import { z } from "zod";
import { isLocale, type AppLocale, defaultLocale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";

export const emailSchema = z.string().trim().toLowerCase().email().max(200);

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

// Passwords: long enough to resist guessing, short enough for argon2 to stay fast.
export const newPasswordSchema = z
  .object({
    password: z.string().min(12).max(200),
    confirm: z.string(),
    token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "tokenInvalid"),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "passwordMismatch" });

export const forgotPasswordSchema = z.object({ email: emailSchema });

// The locale a form was submitted from (a hidden field), else Polish.
export function formLocale(formData: FormData): AppLocale {
  const value = formData.get("locale");
  return isLocale(value) ? value : defaultLocale;
}

// Where to go after signing in: only a path inside this site's localized pages.
export function safeNextPath(value: unknown, locale: AppLocale): string {
  const fallback = getPathname({ locale, href: "/admin" });
  if (typeof value !== "string") return fallback;
  return /^\/(pl|en|de|fr|ru)\/[A-Za-z0-9/_\-?=&.%]*$/.test(value) && !value.includes("//") ? value : fallback;
}

// The same target split for redirect({ href, locale }): its locale and the path after it.
export function safeNextTarget(value: unknown, locale: AppLocale): { locale: AppLocale; href: string } {
  const path = safeNextPath(value, locale);
  const target = path.slice(1, 3);
  return isLocale(target) ? { locale: target, href: path.slice(3) || "/" } : { locale, href: "/admin" };
}
