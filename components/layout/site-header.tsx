import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { type AppLocale, localeNames, locales } from "@/lib/i18n/locales";
import { FacebookIcon } from "@/components/ui/icons";
import { LocaleSwitcher } from "./locale-switcher";
import { NavLinks } from "./nav-links";

export async function SiteHeader({ locale }: { locale: AppLocale }) {
  const t = await getTranslations("Layout");
  const site = await getTranslations("Site");
  const switcher = await getTranslations("LocaleSwitcher");
  const facebook = env().SITE_FACEBOOK_URL;
  const nav = [
    { href: "/", label: t("home"), exact: true },
    { href: "/news", label: t("news") },
    { href: "/clusters", label: t("clusters") },
    { href: "/agreements", label: t("agreements") },
  ];
  const languages = locales.map((l) => ({ locale: l, name: localeNames[l] }));

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-3 rounded">
          {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG needs no optimisation */}
          <img src="/logo.svg" alt={t("logoAlt")} width={48} height={48} className="h-12 w-12" />
          <span className="flex flex-col leading-tight">
            <span className="text-xl font-bold tracking-tight text-brand-800">{site("name")}</span>
            <span className="hidden text-xs text-slate-600 sm:block">{site("fullName")}</span>
          </span>
        </Link>
        <div className="flex items-center gap-3">
          <LocaleSwitcher current={locale} languages={languages} label={switcher("label")} />
          {facebook ? (
            <a
              href={facebook}
              className="rounded p-1 text-brand-700 hover:text-brand-800"
              rel="noopener noreferrer"
              target="_blank"
            >
              <FacebookIcon className="h-6 w-6" />
              <span className="sr-only">{t("facebook")}</span>
            </a>
          ) : null}
        </div>
      </div>
      <nav aria-label={t("mainNavigation")} className="bg-brand-800">
        <NavLinks items={nav} />
      </nav>
    </header>
  );
}
