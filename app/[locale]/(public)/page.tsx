import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AgreementCard } from "@/components/agreements/agreement-card";
import { ClusterCard } from "@/components/clusters/cluster-card";
import { SignupBox } from "@/components/newsletter/signup-box";
import { PostCard } from "@/components/news/post-card";
import { SectionHeading } from "@/components/ui/section-heading";
import { getAgreements } from "@/lib/data/agreements";
import { getClusters } from "@/lib/data/clusters";
import { getLatestPosts } from "@/lib/data/posts";
import { everyLocale, pageMetadata } from "@/lib/seo";
import { routeParams } from "@/lib/i18n/params";

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = (await routeParams(params)).locale;
  const t = await getTranslations({ locale, namespace: "Home" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    title: t("title"),
    absoluteTitle: true,
    description: site("description"),
    paths: everyLocale("/"),
  });
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = (await routeParams(params)).locale;
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const site = await getTranslations("Site");
  const [posts, allClusters, agreements] = await Promise.all([
    getLatestPosts(locale, 4),
    getClusters(locale),
    getAgreements(locale, 3),
  ]);
  // The umbrella network introduces itself in the hero; its members are listed below.
  const clusters = allClusters.filter((cluster) => !cluster.isUmbrella);

  return (
    <>
      <section className="bg-gradient-to-br from-brand-800 to-brand-600 text-white">
        <div className="mx-auto max-w-6xl px-4 py-12 sm:py-16">
          <h1 className="max-w-3xl text-3xl font-bold leading-tight sm:text-4xl">{site("fullName")}</h1>
          <p className="mt-4 max-w-2xl text-lg text-brand-50">{t("intro")}</p>
        </div>
      </section>

      <div className="mx-auto grid max-w-6xl gap-12 px-4 py-10 lg:grid-cols-3">
        <section aria-labelledby="latest-news" className="lg:col-span-2">
          <SectionHeading id="latest-news" title={t("latestNews")} moreHref="/news" moreLabel={t("allNews")} />
          {posts.length === 0 ? <p className="text-slate-600">{t("noNews")}</p> : null}
          {posts.map((post) => (
            <PostCard key={post.id} post={post} locale={locale} headingLevel={3} />
          ))}
        </section>

        <section aria-labelledby="latest-agreements">
          <SectionHeading
            id="latest-agreements"
            title={t("latestAgreements")}
            moreHref="/agreements"
            moreLabel={t("allAgreements")}
          />
          <div className="flex flex-col gap-4">
            {agreements.map((agreement) => (
              <AgreementCard key={agreement.slug} agreement={agreement} locale={locale} headingLevel={3} />
            ))}
          </div>
          <div className="mt-8">
            <SignupBox locale={locale} />
          </div>
        </section>

        <section aria-labelledby="member-clusters" className="lg:col-span-3">
          <SectionHeading
            id="member-clusters"
            title={t("memberClusters")}
            moreHref="/clusters"
            moreLabel={t("allClusters")}
          />
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {clusters.map((cluster) => (
              <li key={cluster.slug}>
                <ClusterCard cluster={cluster} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
