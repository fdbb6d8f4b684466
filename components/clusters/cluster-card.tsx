import { getTranslations } from "next-intl/server";
import { Monogram } from "@/components/ui/monogram";
import type { ClusterSummary } from "@/lib/data/clusters";
import { Link } from "@/lib/i18n/navigation";

export async function ClusterCard({ cluster, headingLevel = 2 }: { cluster: ClusterSummary; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("Clusters");
  const regions = await getTranslations("Regions");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const lang = cluster.isFallback ? cluster.contentLocale : undefined;
  return (
    <article className="flex h-full gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {cluster.logo ? (
        // eslint-disable-next-line @next/next/no-img-element -- stored media come with their own resized variants
        <img
          src={cluster.logo.src}
          srcSet={cluster.logo.srcSet ?? undefined}
          sizes="56px"
          alt=""
          width={56}
          height={56}
          className="h-14 w-14 rounded-lg object-contain"
        />
      ) : (
        <Monogram name={cluster.name} />
      )}
      <div className="min-w-0">
        <Heading className="font-semibold leading-snug" lang={lang}>
          <Link href={`/clusters/${cluster.slug}`} className="text-slate-900 hover:text-brand-700 hover:underline">
            {cluster.name}
          </Link>
        </Heading>
        <p className="mt-1 text-sm text-slate-600">
          {[cluster.isUmbrella ? t("umbrella") : null, cluster.city, cluster.region ? regions(cluster.region) : null]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {cluster.shortDescription ? (
          <p className="mt-2 line-clamp-3 text-sm text-slate-700" lang={lang}>
            {cluster.shortDescription}
          </p>
        ) : null}
      </div>
    </article>
  );
}
