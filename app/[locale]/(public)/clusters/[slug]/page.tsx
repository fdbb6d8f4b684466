import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FallbackNotice } from "@/components/content/fallback-notice";
import { RichText } from "@/components/content/rich-text";
import { ClusterContact } from "@/components/clusters/cluster-contact";
import { PostCard } from "@/components/news/post-card";
import { Monogram } from "@/components/ui/monogram";
import { getClusterBySlug } from "@/lib/data/clusters";
import { getPostsLinkedTo } from "@/lib/data/posts";
import { formatDate, isoDay } from "@/lib/format";
import { localePaths, pageMetadata } from "@/lib/seo";
import { Link } from "@/lib/i18n/navigation";
import { stripHtml } from "@/lib/sanitize";
import { slugRouteParams } from "@/lib/i18n/params";

export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<"/[locale]/clusters/[slug]">["params"]) {
  const { locale, slug } = await slugRouteParams(params);
  const cluster = await getClusterBySlug(locale, slug);
  if (!cluster) notFound();
  return { locale, cluster };
}

export async function generateMetadata({ params }: PageProps<"/[locale]/clusters/[slug]">): Promise<Metadata> {
  const { locale, cluster } = await load(params);
  const description = cluster.shortDescription ?? stripHtml(cluster.description ?? "").slice(0, 160);
  return pageMetadata({
    locale,
    title: cluster.name,
    description: description || cluster.name,
    paths: localePaths(cluster.locales, () => `/clusters/${cluster.slug}`),
    image: cluster.logo && {
      url: cluster.logo.src,
      alt: cluster.logo.alt,
      width: cluster.logo.width,
      height: cluster.logo.height,
    },
  });
}

export default async function ClusterPage({ params }: PageProps<"/[locale]/clusters/[slug]">) {
  const { locale, cluster } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations("Cluster");
  const posts = await getPostsLinkedTo(locale, { clusterSlug: cluster.slug });
  const lang = cluster.isFallback ? cluster.contentLocale : undefined;
  const linkClass = "text-brand-700 hover:underline";

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      {cluster.isFallback ? <FallbackNotice contentLocale={cluster.contentLocale} /> : null}
      <header className="flex flex-wrap items-center gap-5">
        {cluster.logo ? (
          // eslint-disable-next-line @next/next/no-img-element -- stored media come with their own resized variants
          <img
            src={cluster.logo.src}
            srcSet={cluster.logo.srcSet ?? undefined}
            sizes="96px"
            alt={cluster.logo.alt}
            width={96}
            height={96}
            className="h-24 w-24 rounded-lg object-contain"
          />
        ) : (
          <Monogram name={cluster.name} size="lg" />
        )}
        <div>
          {cluster.isUmbrella ? (
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("umbrella")}</p>
          ) : null}
          <h1 lang={lang} className="text-3xl font-bold leading-tight text-slate-900">
            {cluster.name}
          </h1>
          {cluster.shortDescription ? (
            <p lang={lang} className="mt-2 max-w-3xl text-lg text-slate-700">
              {cluster.shortDescription}
            </p>
          ) : null}
        </div>
      </header>

      <div className="mt-10 grid gap-10 lg:grid-cols-[1fr_20rem]">
        <div className="flex flex-col gap-10">
          {cluster.description ? (
            <section aria-labelledby="about">
              <h2 id="about" className="text-2xl font-semibold">
                {t("about")}
              </h2>
              <RichText html={cluster.description} lang={lang} className="mt-4" />
            </section>
          ) : null}

          <section aria-labelledby="agreements">
            <h2 id="agreements" className="text-2xl font-semibold">
              {t("agreements")}
            </h2>
            {cluster.agreements.length === 0 ? <p className="mt-3 text-slate-600">{t("noAgreements")}</p> : null}
            <ul className="mt-3 flex flex-col gap-2">
              {cluster.agreements.map((agreement) => (
                <li key={agreement.slug}>
                  <Link href={`/agreements/${agreement.slug}`} className={`font-medium ${linkClass}`}>
                    {agreement.title}
                  </Link>
                  <span className="text-sm text-slate-600">
                    {" – "}
                    <time dateTime={isoDay(agreement.signedAt)}>{formatDate(agreement.signedAt, locale)}</time>,{" "}
                    {agreement.place}
                  </span>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="cluster-news">
            <h2 id="cluster-news" className="text-2xl font-semibold">
              {t("news")}
            </h2>
            {posts.length === 0 ? <p className="mt-3 text-slate-600">{t("noNews")}</p> : null}
            {posts.map((post) => (
              <PostCard key={post.id} post={post} locale={locale} headingLevel={3} />
            ))}
          </section>
        </div>

        <aside className="flex flex-col gap-8">
          <ClusterContact cluster={cluster} />
          {cluster.parent ? (
            <section aria-labelledby="network">
              <h2 id="network" className="text-lg font-semibold">
                {t("partOf")}
              </h2>
              <p className="mt-2">
                <Link href={`/clusters/${cluster.parent.slug}`} className={linkClass}>
                  {cluster.parent.name}
                </Link>
              </p>
            </section>
          ) : null}
          {cluster.members.length > 0 ? (
            <section aria-labelledby="members">
              <h2 id="members" className="text-lg font-semibold">
                {t("members")}
              </h2>
              <ul className="mt-2 flex flex-col gap-1">
                {cluster.members.map((member) => (
                  <li key={member.slug}>
                    <Link href={`/clusters/${member.slug}`} className={linkClass}>
                      {member.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
