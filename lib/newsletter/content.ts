import { type AppLocale, pickTranslation } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import { translatorFor } from "@/lib/i18n/translator";
import { parseVariants } from "@/lib/media/variants";
import type { Db } from "@/lib/prisma-client";
import { IMAGE_WIDTH, type IssueContent, type IssueLabels, type IssuePost } from "./render";

// What one language of an issue says: its subject and intro (else the Polish ones), and each chosen
// post that is still public, in that language or else in Polish with a note.
export async function loadIssueContent(
  db: Db,
  issueId: string,
  locale: AppLocale,
  siteUrl: string,
  now = new Date(),
): Promise<IssueContent | null> {
  const issue = await db.newsletterIssue.findUnique({
    where: { id: issueId },
    select: {
      translations: { select: { locale: true, subject: true, intro: true } },
      posts: {
        orderBy: { position: "asc" },
        where: { post: { status: "PUBLISHED", publishedAt: { lte: now } } },
        select: {
          post: {
            select: {
              translations: {
                where: { status: "PUBLISHED" },
                select: { locale: true, title: true, slug: true, excerpt: true },
              },
              cover: {
                select: {
                  path: true,
                  width: true,
                  height: true,
                  variants: true,
                  translations: { select: { locale: true, alt: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!issue) return null;
  const text = pickTranslation(issue.translations, locale)?.translation;
  if (!text) return null;
  const textLang = text.locale as AppLocale;
  const posts: IssuePost[] = [];
  for (const { post } of issue.posts) {
    const picked = pickTranslation(post.translations, locale);
    if (!picked) continue;
    const { translation } = picked;
    const lang = translation.locale as AppLocale;
    posts.push({
      title: translation.title,
      excerpt: translation.excerpt,
      url: new URL(getPathname({ locale, href: `/news/${translation.slug}` }), siteUrl).toString(),
      image: post.cover ? mailImage(post.cover, locale, siteUrl) : null,
      lang,
      fallback: lang !== locale,
    });
  }
  return { locale, textLang, subject: text.subject, intro: text.intro, posts };
}

type Cover = {
  path: string;
  width: number | null;
  height: number | null;
  variants: unknown;
  translations: { locale: string; alt: string }[];
};

// A copy sharp enough for the 536 px column on a high-density screen, by absolute URL.
function mailImage(cover: Cover, locale: AppLocale, siteUrl: string): IssuePost["image"] {
  const candidates = parseVariants(cover.variants).map(({ path, width, height }) => ({ path, width, height }));
  if (cover.width && cover.height) candidates.push({ path: cover.path, width: cover.width, height: cover.height });
  const chosen = candidates.find((c) => c.width >= IMAGE_WIDTH * 2) ?? candidates.at(-1);
  if (!chosen) return null;
  return {
    src: new URL(`/media/${chosen.path}`, siteUrl).toString(),
    alt: pickTranslation(cover.translations, locale)?.translation.alt ?? "",
    width: chosen.width,
    height: chosen.height,
  };
}

// The fixed texts of a newsletter e-mail in one language.
export async function issueLabels(locale: AppLocale, siteUrl: string): Promise<IssueLabels> {
  const t = await translatorFor(locale, "Email");
  return {
    readMore: t("issue.readMore"),
    fallbackNote: t("issue.fallbackNote"),
    why: t("issue.why", { site: new URL(siteUrl).host }),
    preferences: t("issue.preferences"),
    unsubscribe: t("issue.unsubscribe"),
    network: t("issue.network"),
  };
}
