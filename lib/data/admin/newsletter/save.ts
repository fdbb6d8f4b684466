import "server-only";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { DeliveryStatus, IssueStatus, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { type AppLocale, locales, pickTranslation } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { sendMail } from "@/lib/mail/transport";
import { issueLabels, loadIssueContent } from "@/lib/newsletter/content";
import { personalise, type RenderedIssue, renderIssueTemplate } from "@/lib/newsletter/render";
import type { IssueInput } from "@/lib/validation/newsletter";

export type IssueTexts = Record<AppLocale, { subject: string; intro: string }>;

// A post visitors can read: only those go into an issue.
const publicPost = () => ({ status: "PUBLISHED" as const, publishedAt: { lte: new Date() } });

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

function emptyProgress(): Progress {
  return { PENDING: 0, SENDING: 0, SENT: 0, FAILED: 0, SKIPPED: 0, total: 0 };
}

async function progressOf(issueIds: string[]): Promise<Map<string, Progress>> {
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
  const [byStatus, byLocale, issues] = await Promise.all([
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
      Object.fromEntries(locales.map((l) => [l, 0])) as Record<AppLocale, number>,
      Object.fromEntries(byLocale.map((g) => [g.locale, g._count._all])),
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

// Starts a new, empty issue and returns its id.
export async function createIssue(viewer: Viewer | null): Promise<string> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  const issue = await db.newsletterIssue.create({ data: { authorId: editor.id }, select: { id: true } });
  await db.auditLog.create({
    data: { userId: editor.id, action: "newsletter.create", entityType: "newsletter", entityId: issue.id },
  });
  return issue.id;
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
  const texts = Object.fromEntries(
    locales.map((l) => {
      const t = issue.translations.find((row) => row.locale === l);
      return [l, { subject: t?.subject ?? "", intro: t?.intro ?? "" }];
    }),
  ) as IssueTexts;
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

export type SaveIssueResult =
  { ok: true; version: number } | { ok: false; error: "notFound" | "notDraft" | "conflict" | "postInvalid" };

// Saves a draft issue's texts and posts; a stale version (someone saved meanwhile) is a conflict.
export async function saveIssue(viewer: Viewer | null, input: IssueInput): Promise<SaveIssueResult> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  const posts = [...new Set(input.posts)];
  return db.$transaction(async (tx) => {
    const issue = await tx.newsletterIssue.findUnique({
      where: { id: input.id },
      select: { status: true, version: true },
    });
    if (!issue) return { ok: false, error: "notFound" } as const;
    if (issue.status !== "DRAFT") return { ok: false, error: "notDraft" } as const;
    // Checked before the version changes: a refused save must leave the issue as it was.
    const found = await tx.post.count({ where: { id: { in: posts }, ...publicPost() } });
    if (found !== posts.length) return { ok: false, error: "postInvalid" } as const;
    const bumped = await tx.newsletterIssue.updateMany({
      where: { id: input.id, version: input.version, status: "DRAFT" },
      data: { version: { increment: 1 } },
    });
    if (bumped.count !== 1) return { ok: false, error: "conflict" } as const;
    await tx.newsletterIssuePost.deleteMany({ where: { issueId: input.id } });
    await tx.newsletterIssuePost.createMany({
      data: posts.map((postId, position) => ({ issueId: input.id, postId, position })),
    });
    await tx.newsletterIssueTranslation.deleteMany({ where: { issueId: input.id } });
    await tx.newsletterIssueTranslation.createMany({
      data: locales
        .filter((l) => input.texts[l].subject && input.texts[l].intro)
        .map((l) => ({ issueId: input.id, locale: l, subject: input.texts[l].subject, intro: input.texts[l].intro })),
    });
    await tx.auditLog.create({
      data: { userId: editor.id, action: "newsletter.update", entityType: "newsletter", entityId: input.id },
    });
    return { ok: true, version: input.version + 1 } as const;
  });
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
  const page = new URL(`/${locale}/newsletter`, SITE_URL).toString();
  return personalise(renderIssueTemplate(content, await issueLabels(locale, SITE_URL)), {
    preferences: page,
    unsubscribe: page,
    oneClick: page,
  });
}

// Sends one language of the issue to the editor's own address, marked as a test.
export async function sendTestIssue(viewer: Viewer | null, id: string, locale: AppLocale): Promise<boolean> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  const preview = await renderIssuePreview(editor, id, locale);
  if (!preview) return false;
  const t = await translatorFor(locale, "Email");
  await sendMail({
    to: editor.email,
    subject: t("test.subject", { subject: preview.subject }),
    html: preview.html,
    text: preview.text,
  });
  return true;
}

export type StartSendingResult =
  { ok: true; queued: number } | { ok: false; error: "notFound" | "notDraft" | "conflict" | "incomplete" };

// Queues the issue for every confirmed subscriber at this moment, once: the issue leaves DRAFT in
// the same transaction, and (issue, subscriber) is unique in the queue.
export async function startSending(viewer: Viewer | null, id: string, version: number): Promise<StartSendingResult> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  return db.$transaction(
    async (tx) => {
      const issue = await tx.newsletterIssue.findUnique({
        where: { id },
        select: {
          status: true,
          version: true,
          _count: { select: { posts: { where: { post: publicPost() } } } },
          translations: { where: { locale: "pl" }, select: { id: true } },
        },
      });
      if (!issue) return { ok: false, error: "notFound" } as const;
      if (issue.status !== "DRAFT") return { ok: false, error: "notDraft" } as const;
      if (issue._count.posts === 0 || issue.translations.length === 0)
        return { ok: false, error: "incomplete" } as const;
      const claimed = await tx.newsletterIssue.updateMany({
        where: { id, version, status: "DRAFT" },
        data: { status: "SENDING", sendStartedAt: new Date(), sentById: editor.id, version: { increment: 1 } },
      });
      if (claimed.count !== 1) return { ok: false, error: "conflict" } as const;
      // Times in UTC like every Prisma timestamp (a column default would use the session's zone).
      const queued = await tx.$executeRaw`
      INSERT INTO "NewsletterDelivery" (id, "issueId", "subscriberId", "nextAttemptAt", "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, ${id}, s.id, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
      FROM "NewsletterSubscriber" s
      WHERE s.status = 'CONFIRMED'
      ON CONFLICT ("issueId", "subscriberId") DO NOTHING`;
      // Nobody to send to: done at once, whether or not a worker is running.
      if (queued === 0)
        await tx.newsletterIssue.update({ where: { id }, data: { status: "SENT", completedAt: new Date() } });
      await tx.auditLog.create({
        data: {
          userId: editor.id,
          action: "newsletter.send",
          entityType: "newsletter",
          entityId: id,
          data: { queued },
        },
      });
      return { ok: true, queued } as const;
    },
    // Queuing a large list may take longer than Prisma's default 5 s for a transaction.
    { timeout: 120_000 },
  );
}

// Puts an issue's failed messages back in the queue (after fixing the SMTP settings, say).
export async function retryFailed(viewer: Viewer | null, id: string): Promise<number> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  return db.$transaction(async (tx) => {
    const { count } = await tx.newsletterDelivery.updateMany({
      where: { issueId: id, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lastError: null },
    });
    if (count > 0) {
      await tx.newsletterIssue.update({ where: { id }, data: { status: "SENDING", completedAt: null } });
      await tx.auditLog.create({
        data: {
          userId: editor.id,
          action: "newsletter.retry",
          entityType: "newsletter",
          entityId: id,
          data: { count },
        },
      });
    }
    return count;
  });
}

// Deletes a draft issue (sent ones stay as the record of what went out).
export async function deleteDraftIssue(viewer: Viewer | null, id: string): Promise<boolean> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  const { count } = await db.newsletterIssue.deleteMany({ where: { id, status: "DRAFT" } });
  if (count === 1)
    await db.auditLog.create({
      data: { userId: editor.id, action: "newsletter.delete", entityType: "newsletter", entityId: id },
    });
  return count === 1;
}
