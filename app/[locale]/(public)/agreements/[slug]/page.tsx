import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FallbackNotice } from "@/components/content/fallback-notice";
import { RichText } from "@/components/content/rich-text";
import { PostCard } from "@/components/news/post-card";
import { getAgreementBySlug } from "@/lib/data/agreements";
import { getPostsLinkedTo } from "@/lib/data/posts";
import { formatDate, formatFileSize, isoDay } from "@/lib/format";
import { localePaths, pageMetadata } from "@/lib/seo";
import { Link } from "@/lib/i18n/navigation";
import { slugRouteParams } from "@/lib/i18n/params";

export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<"/[locale]/agreements/[slug]">["params"]) {
  const { locale, slug } = await slugRouteParams(params);
  const agreement = await getAgreementBySlug(locale, slug);
  if (!agreement) notFound();
  return { locale, agreement };
}

export async function generateMetadata({ params }: PageProps<"/[locale]/agreements/[slug]">): Promise<Metadata> {
  const { locale, agreement } = await load(params);
  return pageMetadata({
    locale,
    title: agreement.title,
    description: agreement.summary ?? agreement.title,
    paths: localePaths(agreement.locales, () => `/agreements/${agreement.slug}`),
  });
}

export default async function AgreementPage({ params }: PageProps<"/[locale]/agreements/[slug]">) {
  const { locale, agreement } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations("Agreement");
  const posts = await getPostsLinkedTo(locale, { agreementSlug: agreement.slug });
  const lang = agreement.isFallback ? agreement.contentLocale : undefined;

  return (
    <article className="mx-auto max-w-4xl px-4 py-10">
      {agreement.isFallback ? <FallbackNotice contentLocale={agreement.contentLocale} /> : null}
      <h1 lang={lang} className="text-3xl font-bold leading-tight text-slate-900">
        {agreement.title}
      </h1>
      <dl className="mt-4 flex flex-wrap gap-x-8 gap-y-2 text-slate-700">
        <div>
          <dt className="text-sm text-slate-600">{t("signed")}</dt>
          <dd className="font-medium">
            <time dateTime={isoDay(agreement.signedAt)}>{formatDate(agreement.signedAt, locale)}</time>
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("place")}</dt>
          <dd className="font-medium">{agreement.place}</dd>
        </div>
      </dl>
      {agreement.summary ? (
        <p lang={lang} className="mt-6 text-lg text-slate-800">
          {agreement.summary}
        </p>
      ) : null}

      <section aria-labelledby="parties" className="mt-10">
        <h2 id="parties" className="text-2xl font-semibold">
          {t("parties")}
        </h2>
        <ol className="mt-4 flex flex-col gap-3">
          {agreement.parties.map((party) => (
            <li key={party.cluster.slug} className="rounded-lg border border-slate-200 p-4">
              <Link href={`/clusters/${party.cluster.slug}`} className="font-semibold text-brand-700 hover:underline">
                {party.cluster.name}
              </Link>
              {party.signatoryName ? (
                <p className="mt-1 text-sm text-slate-700">
                  {t("signatory", { role: party.signatoryRole ?? "", name: party.signatoryName })}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {agreement.areas.length > 0 ? (
        <section aria-labelledby="areas" className="mt-10">
          <h2 id="areas" className="text-2xl font-semibold">
            {t("areas")}
          </h2>
          <ul className="mt-4 list-disc pl-6 text-slate-800 marker:text-brand-600">
            {agreement.areas.map((area) => (
              <li key={area} className="mt-1.5">
                {area}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {agreement.body ? <RichText html={agreement.body} lang={lang} className="mt-10" /> : null}

      {agreement.document ? (
        <p className="mt-8">
          <a href={agreement.document.url} className="font-medium text-brand-700 underline">
            {t("document", { size: formatFileSize(agreement.document.size, locale) })}
          </a>
        </p>
      ) : null}

      <section aria-labelledby="agreement-news" className="mt-12">
        <h2 id="agreement-news" className="text-2xl font-semibold">
          {t("news")}
        </h2>
        {posts.length === 0 ? <p className="mt-3 text-slate-600">{t("noNews")}</p> : null}
        {posts.map((post) => (
          <PostCard key={post.id} post={post} locale={locale} headingLevel={3} />
        ))}
      </section>
    </article>
  );
}
