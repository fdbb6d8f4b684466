import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { NewsList, newsListMetadata } from "@/components/news/news-list";
import type { AppLocale } from "@/lib/i18n/locales";
import { newsQuerySchema } from "@/lib/validation/params";

// Tag filters (and pages the proxy does not map to news/-/[page]) render per request;
// their queries still come from the data cache.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/news">): Promise<Metadata> {
  const locale = (await params).locale as AppLocale;
  const query = newsQuerySchema.safeParse(await searchParams);
  return newsListMetadata(locale, query.data?.page ?? 1, query.data?.tag);
}

export default async function NewsPage({ params, searchParams }: PageProps<"/[locale]/news">) {
  const locale = (await params).locale as AppLocale;
  setRequestLocale(locale);
  const query = newsQuerySchema.safeParse(await searchParams);
  if (!query.success) notFound();
  return <NewsList locale={locale} page={query.data.page ?? 1} tag={query.data.tag} />;
}
