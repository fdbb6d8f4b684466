import type { AppLocale } from "@/lib/i18n/locales";
import { brand, emailDocument, escapeHtml, font, ink, muted } from "@/lib/mail/layout";
import type { SubscriberLinks } from "./links";

export interface IssuePost {
  title: string;
  excerpt: string | null;
  // Absolute URL of the article on the portal.
  url: string;
  image: { src: string; alt: string; width: number; height: number } | null;
  // The language the title and excerpt are in; differs from the e-mail's when the post has no translation.
  lang: AppLocale;
  fallback: boolean;
}

export interface IssueContent {
  locale: AppLocale;
  // The language of subject and intro: the e-mail's, or Polish where the editors wrote none.
  textLang?: AppLocale;
  subject: string;
  intro: string;
  posts: IssuePost[];
}

export interface IssueLabels {
  readMore: string;
  // One line under a post shown in Polish, in the subscriber's language.
  fallbackNote: string;
  why: string;
  preferences: string;
  unsubscribe: string;
  network: string;
}

export interface RenderedIssue {
  subject: string;
  html: string;
  text: string;
}

// Stand-ins for the subscriber's own links: an issue is rendered once per language, then each
// message only swaps these in.
const PREFERENCES = "%%PREFERENCES_URL%%";
const UNSUBSCRIBE = "%%UNSUBSCRIBE_URL%%";

// The 600 px column minus its padding.
export const IMAGE_WIDTH = 536;

// One language of an issue as an e-mail template (600 px table layout, inline styles, plain-text twin).
export function renderIssueTemplate(content: IssueContent, labels: IssueLabels): RenderedIssue {
  return { subject: content.subject, html: html(content, labels), text: text(content, labels) };
}

// The template with one subscriber's links put in.
export function personalise(template: RenderedIssue, links: SubscriberLinks): RenderedIssue {
  const fill = (value: string, escape: (url: string) => string) =>
    value.replaceAll(PREFERENCES, escape(links.preferences)).replaceAll(UNSUBSCRIBE, escape(links.unsubscribe));
  return { subject: template.subject, html: fill(template.html, escapeHtml), text: fill(template.text, (url) => url) };
}

function paragraphs(value: string): string[] {
  return value
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function html({ locale, textLang, subject, intro, posts }: IssueContent, labels: IssueLabels): string {
  const lang = textLang && textLang !== locale ? ` lang="${textLang}"` : "";
  const introHtml = paragraphs(intro)
    .map(
      (p) =>
        `<p${lang} style="margin:0 0 16px;${font}font-size:16px;line-height:24px;color:${ink};">${escapeHtml(p).replace(/\r?\n/g, "<br>")}</p>`,
    )
    .join("\n");
  const postsHtml = posts.map((post) => postHtml(post, locale, labels)).join("\n");
  return emailDocument(
    locale,
    subject,
    `<tr><td style="padding:24px 32px 0;${font}font-size:13px;font-weight:600;letter-spacing:0.04em;text-transform:uppercase;color:${brand};">${escapeHtml(labels.network)}</td></tr>
<tr><td style="padding:8px 32px 8px;">
<h1${lang} style="margin:0 0 16px;${font}font-size:24px;line-height:32px;font-weight:700;color:${ink};">${escapeHtml(subject)}</h1>
${introHtml}
</td></tr>
${postsHtml}
<tr><td style="padding:16px 32px 32px;border-top:1px solid #d9e2ec;">
<p style="margin:0 0 8px;${font}font-size:13px;line-height:20px;color:${muted};">${escapeHtml(labels.why)}</p>
<p style="margin:0;${font}font-size:13px;line-height:20px;color:${muted};"><a href="${UNSUBSCRIBE}" style="color:${brand};">${escapeHtml(labels.unsubscribe)}</a> · <a href="${PREFERENCES}" style="color:${brand};">${escapeHtml(labels.preferences)}</a></p>
</td></tr>`,
  );
}

function postHtml(post: IssuePost, locale: AppLocale, labels: IssueLabels): string {
  const url = escapeHtml(post.url);
  const lang = post.lang === locale ? "" : ` lang="${post.lang}"`;
  const image = post.image
    ? `<a href="${url}"><img src="${escapeHtml(post.image.src)}" alt="${escapeHtml(post.image.alt)}" width="${IMAGE_WIDTH}" height="${Math.round((IMAGE_WIDTH * post.image.height) / post.image.width)}" style="display:block;width:100%;max-width:${IMAGE_WIDTH}px;height:auto;border:0;border-radius:6px;margin:0 0 12px;"></a>\n`
    : "";
  const excerpt = post.excerpt
    ? `<p${lang} style="margin:0 0 8px;${font}font-size:15px;line-height:22px;color:${ink};">${escapeHtml(post.excerpt)}</p>\n`
    : "";
  const note = post.fallback
    ? `<p style="margin:0 0 8px;${font}font-size:13px;line-height:20px;font-style:italic;color:${muted};">${escapeHtml(labels.fallbackNote)}</p>\n`
    : "";
  return `<tr><td style="padding:16px 32px;border-top:1px solid #d9e2ec;">
${image}<h2${lang} style="margin:0 0 8px;${font}font-size:19px;line-height:26px;font-weight:700;"><a href="${url}" style="color:${ink};text-decoration:none;">${escapeHtml(post.title)}</a></h2>
${excerpt}${note}<p style="margin:0;${font}font-size:15px;line-height:22px;"><a href="${url}" style="color:${brand};font-weight:600;">${escapeHtml(labels.readMore)} →</a></p>
</td></tr>`;
}

function text({ subject, intro, posts }: IssueContent, labels: IssueLabels): string {
  const blocks = [labels.network, subject, ...paragraphs(intro)];
  for (const post of posts) {
    const lines = [`## ${post.title}`];
    if (post.excerpt) lines.push(post.excerpt);
    if (post.fallback) lines.push(`(${labels.fallbackNote})`);
    lines.push(`${labels.readMore}: ${post.url}`);
    blocks.push(lines.join("\n"));
  }
  blocks.push(`-- \n${labels.why}\n${labels.unsubscribe}: ${UNSUBSCRIBE}\n${labels.preferences}: ${PREFERENCES}`);
  return `${blocks.join("\n\n")}\n`;
}
