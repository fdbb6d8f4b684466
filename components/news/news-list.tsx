import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PostCard } from "@/components/news/post-card";
import { Pagination } from "@/components/ui/pagination";
import { getNewsPage, MAX_NEWS_PAGE, queryNewsPage } from "@/lib/data/posts";
import { getTags, queryTags } from "@/lib/data/tags";
import type { AppLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { everyLocale, pageMetadata } from "@/lib/seo";

// The public URL of a news list page, without the locale; next.config rewrites it to a cached
// route where it can.
export function newsHref(page: number, tag?: string) {
  const query = new URLSearchParams();
  if (tag) query.set("tag", tag);
  if (page > 1) query.set("page", String(page));
  const qs = query.toString();
  return `/news${qs ? `?${qs}` : ""}`;
}

export async function newsListMetadata(locale: AppLocale, page: number, tag?: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "News" });
  const title = page > 1 ? t("pageTitle", { title: t("title"), page }) : t("title");
  return pageMetadata({ locale, title, description: t("description"), paths: everyLocale(newsHref(page, tag)) });
}

const chip =
  "inline-block rounded-full border border-slate-300 px-3 py-1 text-sm hover:bg-brand-50 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white";

// One page of the news list with the topic filter; a page or tag that does not exist is a 404.
// Without a tag it is a cached page (news/-/[page]); a tag filter renders per request and reads
// the database directly, so its first visitor after a change never gets a stale list.
export async function NewsList({ locale, page, tag }: { locale: AppLocale; page: number; tag?: string }) {
  const tags = await (tag ? queryTags : getTags)(locale);
  const activeTag = tag ? tags.find((t) => t.slug === tag) : undefined;
  if ((tag && !activeTag) || page > MAX_NEWS_PAGE) notFound();
  const news = await (tag ? queryNewsPage : getNewsPage)(locale, page, tag);
  if (!news) notFound();

  const t = await getTranslations("News");
  const p = await getTranslations("Pagination");

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">
        {activeTag ? t("titleWithTag", { tag: activeTag.name }) : t("title")}
      </h1>

      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_16rem]">
        <section aria-label={t("title")}>
          {news.posts.length === 0 ? <p className="text-slate-600">{t("empty")}</p> : null}
          {news.posts.map((post) => (
            <PostCard key={post.id} post={post} locale={locale} />
          ))}
          <Pagination
            label={p("label")}
            previousLabel={p("previous")}
            nextLabel={p("next")}
            statusLabel={p("pageOf", { page: news.page, total: news.totalPages })}
            previousHref={news.page > 1 ? newsHref(news.page - 1, tag) : null}
            nextHref={news.page < news.totalPages ? newsHref(news.page + 1, tag) : null}
          />
        </section>

        <aside aria-labelledby="topics">
          <h2 id="topics" className="text-lg font-semibold">
            {t("filterByTag")}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2 lg:flex-col">
            <li>
              <Link href={newsHref(1)} aria-current={!tag ? "page" : undefined} className={chip}>
                {t("allTopics")}
              </Link>
            </li>
            {tags.map((item) => (
              <li key={item.slug}>
                <Link
                  href={newsHref(1, item.slug)}
                  aria-current={item.slug === tag ? "page" : undefined}
                  className={chip}
                >
                  {item.name} <span className="text-xs opacity-75">({item.postCount})</span>
                </Link>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}
