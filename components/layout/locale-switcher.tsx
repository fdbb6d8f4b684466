"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { publicListPath } from "@/lib/list-routes";

interface Props {
  current: AppLocale;
  languages: { locale: AppLocale; name: string }[];
  label: string;
}

const COOKIE = "NEXT_LOCALE";

// Links to the same page in every language. An article's URL carries the slug of the
// current language; its page answers with a redirect to the translated slug.
export function LocaleSwitcher({ current, languages, label }: Props) {
  const pathname = publicListPath(usePathname());
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "");

  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1 text-sm">
        {languages.map(({ locale, name }) => (
          <li key={locale}>
            <NextLink
              href={`/${locale}${rest}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              title={name}
              prefetch={false}
              onClick={() => {
                document.cookie = `${COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
              }}
              className="block rounded px-2 py-1 font-semibold uppercase text-slate-700 hover:bg-brand-50 hover:text-brand-800 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white"
            >
              <span aria-hidden="true">{locale}</span>
              <span className="sr-only">{name}</span>
            </NextLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
