import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { NewsList, newsListMetadata } from "@/components/news/news-list";
import { pageParamSchema } from "@/lib/validation/params";
import { routeParams } from "@/lib/i18n/params";

// /pl/news?page=N, rewritten here by next.config (lib/list-routes.ts) so each page is cached until posts change.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

async function pageOf(params: PageProps<"/[locale]/news/-/[page]">["params"]) {
  const { locale, page } = await routeParams(params);
  const parsed = pageParamSchema.safeParse(page);
  if (!parsed.success || !parsed.data) notFound();
  return { locale, page: parsed.data };
}

export async function generateMetadata({ params }: PageProps<"/[locale]/news/-/[page]">): Promise<Metadata> {
  const { locale, page } = await pageOf(params);
  return newsListMetadata(locale, page);
}

export default async function CachedNewsPage({ params }: PageProps<"/[locale]/news/-/[page]">) {
  const { locale, page } = await pageOf(params);
  setRequestLocale(locale);
  return <NewsList locale={locale} page={page} />;
}
