import "server-only";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { DeliveryStatus, IssueStatus, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { getPathname } from "@/lib/i18n/navigation";
import { type AppLocale, byLocale, locales, pickTranslation } from "@/lib/i18n/locales";
import { issueLabels, loadIssueContent } from "@/lib/newsletter/content";
import { personalise, type RenderedIssue, renderIssueTemplate } from "@/lib/newsletter/render";

export type IssueTexts = Record<AppLocale, { subject: string; intro: string }>;

// A post visitors can read: only those go into an issue.
export const publicPost = () => ({ status: "PUBLISHED" as const, publishedAt: { lte: new Date() } });

export interface IssueRow {
  id: string;
  status: IssueStatus;
  subject: string;
  updatedAt: string;
  sendStartedAt: string | null;
  completedAt: string | null;
  progress: Progress;
}

export type Progress = Record<DeliveryStatus, number> & { total: number };

export interface NewsletterOverview {
  subscribers: Record<SubscriberStatus, number>;
  confirmedByLocale: Record<AppLocale, number>;
  issues: IssueRow[];
}

export function emptyProgress(): Progress {
  return { PENDING: 0, SENDING: 0, SENT: 0, FAILED: 0, SKIPPED: 0, total: 0 };
}

export async function progressOf(issueIds: string[]): Promise<Map<string, Progress>> {
  const groups = await db.newsletterDelivery.groupBy({
    by: ["issueId", "status"],
    where: { issueId: { in: issueIds } },
    _count: { _all: true },
  });
  const result = new Map<string, Progress>();
  for (const group of groups) {
    const progress = result.get(group.issueId) ?? emptyProgress();
    progress[group.status] = group._count._all;
    progress.total += group._count._all;
    result.set(group.issueId, progress);
  }
  return result;
}

// Subscriber counts and every issue with its sending progress, newest first (editors).
export async function newsletterOverview(viewer: Viewer | null): Promise<NewsletterOverview> {
  assertRole(viewer, EDITOR_ROLES);
  const [byStatus, byLanguage, issues] = await Promise.all([
    db.newsletterSubscriber.groupBy({ by: ["status"], _count: { _all: true } }),
    db.newsletterSubscriber.groupBy({ by: ["locale"], where: { status: "CONFIRMED" }, _count: { _all: true } }),
    db.newsletterIssue.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 100,
      select: {
        id: true,
        status: true,
        updatedAt: true,
        sendStartedAt: true,
        completedAt: true,
        translations: { select: { locale: true, subject: true } },
      },
    }),
  ]);
  const progress = await progressOf(issues.map((i) => i.id));
  return {
    subscribers: Object.assign(
      { PENDING: 0, CONFIRMED: 0, UNSUBSCRIBED: 0 },
      Object.fromEntries(byStatus.map((g) => [g.status, g._count._all])),
    ),
    confirmedByLocale: Object.assign(
      byLocale(() => 0),
      Object.fromEntries(byLanguage.map((g) => [g.locale, g._count._all])),
    ),
    issues: issues.map((issue) => ({
      id: issue.id,
      status: issue.status,
      subject: pickTranslation(issue.translations, "pl")?.translation.subject ?? "",
      updatedAt: issue.updatedAt.toISOString(),
      sendStartedAt: issue.sendStartedAt?.toISOString() ?? null,
      completedAt: issue.completedAt?.toISOString() ?? null,
      progress: progress.get(issue.id) ?? emptyProgress(),
    })),
  };
}

export interface PostChoice {
  id: string;
  title: string;
  publishedAt: string;
  // Languages the post is published in; the others get it in Polish with a note.
  locales: AppLocale[];
  // False for a chosen post that was unpublished since: it is left out of the e-mail.
  published: boolean;
}

export interface FailedDelivery {
  email: string;
  attempts: number;
  reason: string | null;
}

export interface IssueEditorData {
  id: string;
  status: IssueStatus;
  version: number;
  texts: IssueTexts;
  posts: string[];
  choices: PostChoice[];
  progress: Progress;
  failed: FailedDelivery[];
  // When the next retry of a temporarily failed message is due, if one waits.
  nextRetryAt: string | null;
  sendStartedAt: string | null;
  completedAt: string | null;
  confirmedSubscribers: number;
}

// An issue for the composer and its progress page (editors).
export async function getIssueForEditor(viewer: Viewer | null, id: string): Promise<IssueEditorData | null> {
  assertRole(viewer, EDITOR_ROLES);
  const issue = await db.newsletterIssue.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      version: true,
      sendStartedAt: true,
      completedAt: true,
      translations: { select: { locale: true, subject: true, intro: true } },
      posts: { orderBy: { position: "asc" }, select: { postId: true } },
    },
  });
  if (!issue) return null;
  const chosen = issue.posts.map((p) => p.postId);
  const [recent, progress, failed, nextRetry, confirmedSubscribers] = await Promise.all([
    db.post.findMany({
      where: {
        OR: [{ ...publicPost(), translations: { some: { status: "PUBLISHED" } } }, { id: { in: chosen } }],
      },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: 40 + chosen.length,
      select: {
        id: true,
        status: true,
        publishedAt: true,
        translations: { where: { status: "PUBLISHED" }, select: { locale: true, title: true } },
      },
    }),
    progressOf([id]),
    db.newsletterDelivery.findMany({
      where: { issueId: id, status: "FAILED" },
      orderBy: { updatedAt: "desc" },
      take: 100,
      select: { attempts: true, lastError: true, subscriber: { select: { email: true } } },
    }),
    db.newsletterDelivery.findFirst({
      where: { issueId: id, status: "PENDING", attempts: { gt: 0 } },
      orderBy: { nextAttemptAt: "asc" },
      select: { nextAttemptAt: true },
    }),
    db.newsletterSubscriber.count({ where: { status: "CONFIRMED" } }),
  ]);
  const texts: IssueTexts = byLocale((l) => {
    const t = issue.translations.find((row) => row.locale === l);
    return { subject: t?.subject ?? "", intro: t?.intro ?? "" };
  });
  return {
    id: issue.id,
    status: issue.status,
    version: issue.version,
    texts,
    posts: chosen,
    choices: recent.map((post) => ({
      id: post.id,
      title: pickTranslation(post.translations, "pl")?.translation.title ?? post.id,
      publishedAt: post.publishedAt?.toISOString() ?? "",
      locales: locales.filter((l) => post.translations.some((t) => t.locale === l)),
      published: post.status === "PUBLISHED" && !!post.publishedAt && post.publishedAt <= new Date(),
    })),
    progress: progress.get(id) ?? emptyProgress(),
    // Subscribers' addresses are for administrators; editors see enough to recognise a domain.
    failed: failed.map((row) => ({
      email: viewer?.role === "ADMIN" ? row.subscriber.email : maskEmail(row.subscriber.email),
      attempts: row.attempts,
      reason:
        viewer?.role === "ADMIN"
          ? row.lastError
          : (row.lastError?.replaceAll(row.subscriber.email, maskEmail(row.subscriber.email)) ?? null),
    })),
    nextRetryAt: nextRetry?.nextAttemptAt.toISOString() ?? null,
    sendStartedAt: issue.sendStartedAt?.toISOString() ?? null,
    completedAt: issue.completedAt?.toISOString() ?? null,
    confirmedSubscribers,
  };
}

function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}…@${domain}`;
}

// The e-mail one language of an issue makes, as the editor sees it before sending; the personal
// links point at the newsletter page.
export async function renderIssuePreview(
  viewer: Viewer | null,
  id: string,
  locale: AppLocale,
): Promise<RenderedIssue | null> {
  assertRole(viewer, EDITOR_ROLES);
  const { SITE_URL } = env();
  const content = await loadIssueContent(db, id, locale, SITE_URL);
  if (!content) return null;
  const page = new URL(getPathname({ locale, href: "/newsletter" }), SITE_URL).toString();
  return personalise(renderIssueTemplate(content, await issueLabels(locale, SITE_URL)), {
    preferences: page,
    unsubscribe: page,
    oneClick: page,
  });
}
