import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClusterCard } from "@/components/clusters/cluster-card";
import { ClusterFilters } from "@/components/clusters/cluster-filters";
import { getClusterFacets, getClusters, searchClusters } from "@/lib/data/clusters";
import type { AppLocale } from "@/lib/i18n/locales";
import { everyLocale, pageMetadata } from "@/lib/seo";
import type { ClusterQuery } from "@/lib/validation/params";

export async function clusterDirectoryMetadata(locale: AppLocale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Clusters" });
  return pageMetadata({ locale, title: t("title"), description: t("description"), paths: everyLocale("/clusters") });
}

// The directory with its filter form; the same markup whether cached or rendered per request.
export async function ClusterDirectory({ locale, query }: { locale: AppLocale; query: ClusterQuery }) {
  // Free-text searches skip the data cache: each distinct text would be an entry of its own.
  const clusters = query.q ? searchClusters(locale, query) : getClusters(locale, query);
  const [list, facets] = await Promise.all([clusters, getClusterFacets()]);
  const t = await getTranslations("Clusters");

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("description")}</p>
      <div className="mt-6">
        <ClusterFilters
          locale={locale}
          path="/clusters"
          query={query}
          regions={facets.regions}
          sectors={facets.sectors}
        />
      </div>
      <p role="status" className="mt-6 text-sm font-medium text-slate-700">
        {t("results", { count: list.length })}
      </p>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {list.map((cluster) => (
          <li key={cluster.slug}>
            <ClusterCard cluster={cluster} />
          </li>
        ))}
      </ul>
    </div>
  );
}
