import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FallbackNotice } from "@/components/content/fallback-notice";
import { RichText } from "@/components/content/rich-text";
import { NeighbourTitle } from "@/components/news/neighbour-title";
import { SignupBox } from "@/components/newsletter/signup-box";
import { ShareLinks } from "@/components/news/share-links";
import { PreviewBanner } from "@/components/news/preview-banner";
import { getViewer, isEditor } from "@/lib/auth/viewer";
import { getPostPreview } from "@/lib/data/admin/posts/preview";
import { getPostBySlug } from "@/lib/data/posts";
import { formatDate, isoDay } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { getPathname, Link, permanentRedirect, redirect } from "@/lib/i18n/navigation";
import { slugRouteParams } from "@/lib/i18n/params";
import { absoluteUrl, localePaths, pageMetadata } from "@/lib/seo";

export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<"/[locale]/news/[slug]">["params"]) {
  const { locale, slug } = await slugRouteParams(params);
  // Draft mode (an editor's preview) renders per request and includes drafts.
  const preview = (await draftMode()).isEnabled;
  const viewer = preview ? await getViewer() : null;
  const result = isEditor(viewer) ? await getPostPreview(viewer, locale, slug) : await getPostBySlug(locale, slug);
  if (result.kind === "missing") notFound();
  // Temporary: which translations exist can change; hreflang links point at the right slug.
  if (result.kind === "redirect") return redirect({ href: `/news/${result.slug}`, locale });
  // A renamed slug keeps working for good (308, the method-preserving 301).
  if (result.kind === "moved") return permanentRedirect({ href: `/news/${result.slug}`, locale });
  return { locale, post: result.post, preview: isEditor(viewer) };
}

export async function generateMetadata({ params }: PageProps<"/[locale]/news/[slug]">): Promise<Metadata> {
  const { locale, post } = await load(params);
  // Only real translations are alternates; a fallback page's canonical is the Polish original.
  const paths = localePaths(Object.keys(post.slugs) as AppLocale[], (l) => `/news/${post.slugs[l]}`);
  return pageMetadata({
    locale,
    title: post.seoTitle ?? post.title,
    description: post.seoDescription ?? post.excerpt ?? post.title,
    paths,
    image: post.cover && {
      url: post.cover.src,
      width: post.cover.width,
      height: post.cover.height,
      alt: post.cover.alt,
    },
    type: "article",
    publishedTime: post.publishedAt,
    authors: post.authorName ? [post.authorName] : undefined,
  });
}

export default async function ArticlePage({ params }: PageProps<"/[locale]/news/[slug]">) {
  const { locale, post, preview } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations("Article");
  const contentLang = post.isFallback ? post.contentLocale : undefined;
  const path = getPathname({ locale, href: `/news/${post.slug}` });

  return (
    <article className="mx-auto max-w-3xl px-4 py-10">
      {preview ? <PreviewBanner locale={locale} path={path} /> : null}
      {post.isFallback ? <FallbackNotice contentLocale={post.contentLocale} /> : null}
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/news" className="text-brand-700 hover:underline">
            {t("backToNews")}
          </Link>
        </p>
        <h1 lang={contentLang} className="mt-3 text-3xl font-bold leading-tight text-slate-900 sm:text-4xl">
          {post.title}
        </h1>
        <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-slate-700">
          <span>
            <span className="sr-only">{t("published")}: </span>
            <time dateTime={isoDay(post.publishedAt)}>{formatDate(post.publishedAt, locale)}</time>
          </span>
          {post.authorName ? <span>{t("byline", { author: post.authorName })}</span> : null}
        </p>
      </header>

      {post.cover ? (
        <figure className="mt-8">
          {/* eslint-disable-next-line @next/next/no-img-element -- stored media come with their own resized variants */}
          <img
            src={post.cover.src}
            srcSet={post.cover.srcSet ?? undefined}
            // The article column: max-w-3xl (48rem) less px-4 on each side.
            sizes="(min-width: 48rem) 46rem, calc(100vw - 2rem)"
            alt={post.cover.alt}
            width={post.cover.width ?? undefined}
            height={post.cover.height ?? undefined}
            className="h-auto w-full rounded-lg"
          />
        </figure>
      ) : null}

      <RichText html={post.body} lang={contentLang} className="mt-8" />

      {post.clusters.length > 0 || post.agreement ? (
        <aside className="mt-10 grid gap-6 rounded-lg bg-slate-50 p-5 sm:grid-cols-2">
          {post.clusters.length > 0 ? (
            <section aria-labelledby="article-clusters">
              <h2 id="article-clusters" className="font-semibold">
                {t("clusters")}
              </h2>
              <ul className="mt-2 list-disc pl-5">
                {post.clusters.map((cluster) => (
                  <li key={cluster.slug}>
                    <Link href={`/clusters/${cluster.slug}`} className="text-brand-700 hover:underline">
                      {cluster.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {post.agreement ? (
            <section aria-labelledby="article-agreement">
              <h2 id="article-agreement" className="font-semibold">
                {t("agreement")}
              </h2>
              <p className="mt-2">
                <Link href={`/agreements/${post.agreement.slug}`} className="text-brand-700 hover:underline">
                  {post.agreement.title}
                </Link>
              </p>
            </section>
          ) : null}
        </aside>
      ) : null}

      {post.tags.length > 0 ? (
        <section aria-labelledby="article-tags" className="mt-8">
          <h2 id="article-tags" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
            {t("tags")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {post.tags.map((tag) => (
              <li key={tag.slug}>
                <Link
                  href={`/news?tag=${tag.slug}`}
                  className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm hover:bg-brand-50"
                >
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ShareLinks url={absoluteUrl(path)} title={post.title} />

      <div className="mt-10">
        <SignupBox locale={locale} />
      </div>

      <nav aria-label={t("moreNews")} className="mt-12 grid gap-4 border-t border-slate-200 pt-6 sm:grid-cols-2">
        {post.previous ? (
          <Link href={`/news/${post.previous.slug}`} rel="prev" className="group rounded-md p-2 hover:bg-brand-50">
            <span className="block text-sm text-slate-600">← {t("previous")}</span>
            <NeighbourTitle link={post.previous} locale={locale} />
          </Link>
        ) : (
          <span />
        )}
        {post.next ? (
          <Link
            href={`/news/${post.next.slug}`}
            rel="next"
            className="group rounded-md p-2 text-right hover:bg-brand-50"
          >
            <span className="block text-sm text-slate-600">{t("next")} →</span>
            <NeighbourTitle link={post.next} locale={locale} />
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
