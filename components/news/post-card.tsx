import { LanguageBadge } from "@/components/content/language-badge";
import type { PostSummary } from "@/lib/data/posts";
import { formatDate, isoDay } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

// A news item in a list: title, date, excerpt; marks items shown in the Polish original.
export function PostCard({
  post,
  locale,
  headingLevel = 2,
}: {
  post: PostSummary;
  locale: AppLocale;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex flex-col gap-2 border-b border-slate-200 py-6 last:border-b-0">
      <p className="text-sm text-slate-600">
        <time dateTime={isoDay(post.publishedAt)}>{formatDate(post.publishedAt, locale)}</time>
        {post.isFallback ? <LanguageBadge contentLocale={post.contentLocale} /> : null}
      </p>
      <Heading className="text-xl font-semibold leading-snug" lang={post.isFallback ? post.contentLocale : undefined}>
        <Link href={`/news/${post.slug}`} className="text-slate-900 hover:text-brand-700 hover:underline">
          {post.title}
        </Link>
      </Heading>
      {post.excerpt ? (
        <p className="text-slate-700" lang={post.isFallback ? post.contentLocale : undefined}>
          {post.excerpt}
        </p>
      ) : null}
    </article>
  );
}
