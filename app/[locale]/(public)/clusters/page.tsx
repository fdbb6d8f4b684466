import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { ClusterDirectory, clusterDirectoryMetadata } from "@/components/clusters/cluster-directory";
import type { AppLocale } from "@/lib/i18n/locales";
import { clusterQuerySchema } from "@/lib/validation/params";

// Name searches render per request (their queries still come from the data cache); the
// proxy sends region/sector filters to the cached clusters/-/[region]/[sector] route.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/clusters">): Promise<Metadata> {
  return clusterDirectoryMetadata((await params).locale as AppLocale);
}

export default async function ClustersPage({ params, searchParams }: PageProps<"/[locale]/clusters">) {
  const locale = (await params).locale as AppLocale;
  setRequestLocale(locale);
  const parsed = clusterQuerySchema.safeParse(await searchParams);
  if (!parsed.success) notFound();
  return <ClusterDirectory locale={locale} query={parsed.data} />;
}
