import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClusterCard } from "@/components/clusters/cluster-card";
import { ClusterFilters } from "@/components/clusters/cluster-filters";
import { getClusterFacets, getClusters } from "@/lib/data/clusters";
import type { AppLocale } from "@/lib/i18n/locales";
import { everyLocale, pageMetadata } from "@/lib/seo";
import { clusterQuerySchema } from "@/lib/validation/params";

// Filters and pages live in the query string, so this page renders per request; its
// queries still come from the data cache.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/clusters">): Promise<Metadata> {
  const locale = (await params).locale as AppLocale;
  const t = await getTranslations({ locale, namespace: "Clusters" });
  return pageMetadata({ locale, title: t("title"), description: t("description"), paths: everyLocale("/clusters") });
}

export default async function ClustersPage({ params, searchParams }: PageProps<"/[locale]/clusters">) {
  const locale = (await params).locale as AppLocale;
  setRequestLocale(locale);
  const parsed = clusterQuerySchema.safeParse(await searchParams);
  if (!parsed.success) notFound();
  const query = parsed.data;
  const [clusters, facets] = await Promise.all([getClusters(locale, query), getClusterFacets()]);
  const t = await getTranslations("Clusters");

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("description")}</p>
      <div className="mt-6">
        <ClusterFilters action={`/${locale}/clusters`} query={query} regions={facets.regions} sectors={facets.sectors} />
      </div>
      <p role="status" className="mt-6 text-sm font-medium text-slate-700">
        {t("results", { count: clusters.length })}
      </p>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {clusters.map((cluster) => (
          <li key={cluster.slug}>
            <ClusterCard cluster={cluster} locale={locale} />
          </li>
        ))}
      </ul>
    </div>
  );
}
