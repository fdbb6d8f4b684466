import { getTranslations } from "next-intl/server";
import { FacebookIcon, LinkedInIcon } from "@/components/ui/icons";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";

export async function SiteFooter({ locale }: { locale: AppLocale }) {
  const t = await getTranslations("Layout");
  const site = await getTranslations("Site");
  const { SITE_FACEBOOK_URL: facebook, SITE_LINKEDIN_URL: linkedin } = env();

  return (
    <footer className="mt-16 bg-slate-900 text-slate-200">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        <div className="md:col-span-2">
          <p className="text-lg font-semibold text-white">{site("fullName")}</p>
          <p className="mt-2 max-w-prose text-sm leading-relaxed text-slate-300">{t("footerAbout")}</p>
        </div>
        <div className="flex flex-col gap-4">
          <ul className="flex flex-col gap-2 text-sm">
            <li>
              <Link href="/news" locale={locale} className="hover:text-white hover:underline">
                {t("news")}
              </Link>
            </li>
            <li>
              <Link href="/clusters" locale={locale} className="hover:text-white hover:underline">
                {t("clusters")}
              </Link>
            </li>
            <li>
              <Link href="/agreements" locale={locale} className="hover:text-white hover:underline">
                {t("agreements")}
              </Link>
            </li>
            <li>
              <Link href="/newsletter" locale={locale} className="hover:text-white hover:underline">
                {t("newsletter")}
              </Link>
            </li>
            <li>
              <Link href="/privacy" locale={locale} className="hover:text-white hover:underline">
                {t("privacy")}
              </Link>
            </li>
          </ul>
          {facebook || linkedin ? (
            <div>
              <p className="text-sm font-semibold text-white">{t("followUs")}</p>
              <ul className="mt-2 flex gap-3">
                {facebook ? <SocialLink href={facebook} label={t("facebook")} Icon={FacebookIcon} /> : null}
                {linkedin ? <SocialLink href={linkedin} label={t("linkedin")} Icon={LinkedInIcon} /> : null}
              </ul>
            </div>
          ) : null}
        </div>
      </div>
      <div className="border-t border-slate-800">
        <p className="mx-auto max-w-6xl px-4 py-4 text-xs text-slate-400">
          {t("copyright", { year: new Date().getFullYear() })}
        </p>
      </div>
    </footer>
  );
}

function SocialLink({ href, label, Icon }: { href: string; label: string; Icon: typeof FacebookIcon }) {
  return (
    <li>
      <a href={href} rel="noopener noreferrer" target="_blank" className="block rounded p-1 hover:text-white">
        <Icon className="h-6 w-6" />
        <span className="sr-only">{label}</span>
      </a>
    </li>
  );
}
