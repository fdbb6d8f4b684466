import "server-only";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, locales } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { sendMail } from "@/lib/mail/transport";
import type { IssueInput } from "@/lib/validation/newsletter";
import { recordAudit } from "../audit/record";
import { publicPost, renderIssuePreview } from "./queries";

// Starts a new, empty issue and returns its id.
export async function createIssue(viewer: Viewer | null): Promise<string> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  const issue = await db.newsletterIssue.create({ data: { authorId: editor.id }, select: { id: true } });
  await recordAudit(db, {
    userId: editor.id,
    action: "newsletter.create",
    entityType: "newsletter",
    entityId: issue.id,
  });
  return issue.id;
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
    await recordAudit(tx, {
      userId: editor.id,
      action: "newsletter.update",
      entityType: "newsletter",
      entityId: input.id,
    });
    return { ok: true, version: input.version + 1 } as const;
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
      await recordAudit(tx, {
        userId: editor.id,
        action: "newsletter.send",
        entityType: "newsletter",
        entityId: id,
        data: { queued },
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
      await recordAudit(tx, {
        userId: editor.id,
        action: "newsletter.retry",
        entityType: "newsletter",
        entityId: id,
        data: { count },
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
    await recordAudit(db, { userId: editor.id, action: "newsletter.delete", entityType: "newsletter", entityId: id });
  return count === 1;
}
