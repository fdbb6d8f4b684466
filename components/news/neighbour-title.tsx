import { LanguageBadge } from "@/components/content/language-badge";
import type { PostLink } from "@/lib/data/posts";
import type { AppLocale } from "@/lib/i18n/locales";

// The title of the previous/next article, marked when it is shown in another language.
export function NeighbourTitle({ link, locale }: { link: PostLink; locale: AppLocale }) {
  const foreign = link.contentLocale !== locale;
  return (
    <span className="font-medium text-brand-700 group-hover:underline">
      <span lang={foreign ? link.contentLocale : undefined}>{link.title}</span>
      {foreign ? <LanguageBadge contentLocale={link.contentLocale} /> : null}
    </span>
  );
}
