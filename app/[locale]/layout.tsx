import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { markCachedPage } from "@/lib/data/cache";
import { fontVariables } from "@/lib/fonts";
import { routing } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/seo";
import "../globals.css";

// Pages are rendered on their first visit, then served from the cache until a tag
// they read is revalidated: `next build` never touches the database.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Site" });
  return {
    metadataBase: siteUrl(),
    title: { default: `${t("name")} – ${t("tagline")}`, template: `%s | ${t("name")}` },
    description: t("description"),
    applicationName: t("name"),
    icons: { icon: "/favicon.svg" },
  };
}

export const viewport: Viewport = { themeColor: "#0b5f8a", width: "device-width", initialScale: 1 };

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await markCachedPage();
  const { NotFound, Error } = await getMessages();

  return (
    <html lang={locale} className={fontVariables}>
      <body className="flex min-h-screen flex-col font-sans">
        {/* Client leaves get translated labels as props. The 404 and error pages are the
            exception: Next renders them apart from this layout, so they read their messages
            from the provider. */}
        <NextIntlClientProvider messages={{ NotFound, Error }}>
          <SkipLink />
          <SiteHeader locale={locale} />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
