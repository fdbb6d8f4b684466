"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { type AppLocale, localeCookie as cookie } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { publicListPath } from "@/lib/list-routes";

interface Props {
  current: AppLocale;
  languages: { locale: AppLocale; name: string }[];
  label: string;
}

// Links to the same page in every language, keeping its query (page, filters). An article's
// URL carries the slug of the current language; its page redirects to the translated slug.
// Cached pages render without a query string, so the server's links come from the path alone
// and the browser adds the query once it knows it.
export function LocaleSwitcher(props: Props) {
  return (
    <nav aria-label={props.label}>
      <Suspense fallback={<LocaleLinks {...props} search="" />}>
        <LocaleLinksWithSearch {...props} />
      </Suspense>
    </nav>
  );
}

function LocaleLinksWithSearch(props: Props) {
  return <LocaleLinks {...props} search={useSearchParams().toString()} />;
}

function LocaleLinks({ current, languages, search }: Props & { search: string }) {
  // On the server a rewritten list reports its internal route; map it back to the public URL.
  // Next's usePathname (with the locale), not next-intl's: publicListPath reads the locale-prefixed
  // internal routes of lib/list-routes.ts.
  const [path = "/", internalQuery] = publicListPath(usePathname()).split("?");
  const query = new URLSearchParams(internalQuery);
  for (const [key, value] of new URLSearchParams(search)) query.set(key, value);
  // The page's path without the locale ("/" for home); Link puts each language's prefix in front,
  // giving the same hrefs as `/${locale}${rest}` (it drops the lone "/" of home: /en, /en?x=1).
  const href = `${path.replace(/^\/[a-z]{2}(?=\/|$)/, "") || "/"}${query.size ? `?${query}` : ""}`;

  return (
    <ul className="flex items-center gap-1 text-sm">
      {languages.map(({ locale, name }) => (
        <li key={locale}>
          <Link
            href={href}
            locale={locale}
            hrefLang={locale}
            lang={locale}
            aria-current={locale === current ? "true" : undefined}
            title={name}
            prefetch={false}
            // next-intl's Link also writes this cookie when the language changes; setting it here too
            // keeps today's behaviour exactly (also on the current language's link).
            onClick={() => {
              document.cookie = `${cookie.name}=${locale}; path=/; max-age=${cookie.maxAge}; samesite=lax`;
            }}
            className="block rounded px-2 py-1 font-semibold uppercase text-slate-700 hover:bg-brand-50 hover:text-brand-800 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white"
          >
            <span aria-hidden="true">{locale}</span>
            <span className="sr-only">{name}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
