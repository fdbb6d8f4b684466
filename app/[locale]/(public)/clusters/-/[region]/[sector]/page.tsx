import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { ClusterDirectory, clusterDirectoryMetadata } from "@/components/clusters/cluster-directory";
import { ANY } from "@/lib/list-routes";
import { clusterQuerySchema } from "@/lib/validation/params";
import { routeParams } from "@/lib/i18n/params";

// /pl/clusters?region=…&sector=…, rewritten here by next.config (lib/list-routes.ts): cached until clusters change.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/clusters/-/[region]/[sector]">;

async function queryOf(params: Props["params"]) {
  const { locale, region, sector } = await routeParams(params);
  const parsed = clusterQuerySchema.safeParse({
    region: region === ANY ? undefined : region,
    sector: sector === ANY ? undefined : sector,
  });
  if (!parsed.success) notFound();
  return { locale, query: parsed.data };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return clusterDirectoryMetadata((await queryOf(params)).locale);
}

export default async function CachedClustersPage({ params }: Props) {
  const { locale, query } = await queryOf(params);
  setRequestLocale(locale);
  return <ClusterDirectory locale={locale} query={query} />;
}
