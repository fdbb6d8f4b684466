import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { routeParams } from "@/lib/i18n/params";

// The 404 page as a normal, cached, server-rendered page in each language. Next 16 answers a
// notFound() and an unmatched URL with an empty `__next_error__` shell that only scripts fill in
// (vercel/next.js#62228); the web server (scripts/server.ts) replaces such an answer with this
// page, and answers this URL itself with status 404 too.
export const revalidate = 86400;

export async function generateMetadata({ params }: PageProps<"/[locale]/-/not-found">): Promise<Metadata> {
  const locale = (await routeParams(params)).locale;
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return { title: t("title"), robots: { index: false, follow: true } };
}

export default async function NotFoundPage({ params }: PageProps<"/[locale]/-/not-found">) {
  const locale = (await routeParams(params)).locale;
  setRequestLocale(locale);
  const t = await getTranslations("NotFound");
  return (
    <NotFoundContent labels={{ title: t("title"), description: t("description"), home: t("home"), news: t("news") }} />
  );
}
