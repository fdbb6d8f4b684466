import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { NewsList, newsListMetadata } from "@/components/news/news-list";
import { newsQuerySchema } from "@/lib/validation/params";
import { routeParams } from "@/lib/i18n/params";

// Tag filters (and pages lib/list-routes.ts does not map to news/-/[page]) render per request;
// their queries still come from the data cache.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/news">): Promise<Metadata> {
  const locale = (await routeParams(params)).locale;
  const query = newsQuerySchema.safeParse(await searchParams);
  return newsListMetadata(locale, query.data?.page ?? 1, query.data?.tag);
}

export default async function NewsPage({ params, searchParams }: PageProps<"/[locale]/news">) {
  const locale = (await routeParams(params)).locale;
  setRequestLocale(locale);
  const query = newsQuerySchema.safeParse(await searchParams);
  if (!query.success) notFound();
  return <NewsList locale={locale} page={query.data.page ?? 1} tag={query.data.tag} />;
}
