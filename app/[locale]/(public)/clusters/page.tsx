import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { ClusterDirectory, clusterDirectoryMetadata } from "@/components/clusters/cluster-directory";
import { clusterQuerySchema } from "@/lib/validation/params";
import { routeParams } from "@/lib/i18n/params";

// Name searches render per request and ask the database directly; region/sector
// filters are rewritten (lib/list-routes.ts) to the cached clusters/-/[region]/[sector] route.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/clusters">): Promise<Metadata> {
  return clusterDirectoryMetadata((await routeParams(params)).locale);
}

export default async function ClustersPage({ params, searchParams }: PageProps<"/[locale]/clusters">) {
  const locale = (await routeParams(params)).locale;
  setRequestLocale(locale);
  const parsed = clusterQuerySchema.safeParse(await searchParams);
  if (!parsed.success) notFound();
  return <ClusterDirectory locale={locale} query={parsed.data} />;
}
