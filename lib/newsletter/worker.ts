import { randomUUID } from "node:crypto";
import type { AppLocale } from "@/lib/i18n/locales";
import type { Mailer } from "@/lib/mail/mailer";
import type { Db } from "@/lib/prisma-client";
import { issueLabels, loadIssueContent } from "./content";
import { listHeaders, subscriberLinks } from "./links";
import { personalise, type RenderedIssue, renderIssueTemplate } from "./render";

// The newsletter sender. The NewsletterDelivery table is the queue: a worker leases due rows with
// FOR UPDATE SKIP LOCKED (several workers never take the same row), sends them one by one at the
// configured rate and records each result before taking the next. A worker that dies leaves its
// leased rows to be taken again once the lease runs out; a row already SENT is never taken again,
// and (issueId, subscriberId) is unique, so nobody is queued twice for one issue.
export interface WorkerOptions {
  db: Db;
  mailer: Mailer;
  siteUrl: string;
  // Signs subscribers' preference and unsubscribe links (AUTH_SECRET).
  secret: string;
  ratePerSecond: number;
  // How long a leased row stays with a worker before another may take it.
  leaseMs: number;
  // First retry delay after a temporary failure; doubles on each attempt.
  retryBaseMs: number;
  maxAttempts: number;
  // How often an idle worker looks for work.
  pollMs: number;
  log?: (message: string) => void;
}

export interface Worker {
  // Finishes the message in hand, hands back what it leased, and resolves when the loop has ended.
  stop(): Promise<void>;
}

type Leased = { id: string; issueId: string; subscriberId: string; attempts: number; leaseId: string };

// How long taken rows wait for their turn beyond the batch's own sending time (see lease()).
const UNTRIED_MARGIN_MS = 5000;

// A rendered language of an issue is reused for this long, so a post unpublished during a long
// send stops going out within a minute.
const TEMPLATE_TTL_MS = 60_000;

export function startNewsletterWorker(options: WorkerOptions): Worker {
  let stopping = false;
  let wake: (() => void) | null = null;
  const done = run();

  async function run() {
    const pace = pacer(options.ratePerSecond);
    const templates = new Map<string, RenderedIssue | null>();
    let purgedAt = 0;
    let renderedAt = Date.now();
    while (!stopping) {
      if (Date.now() - renderedAt > TEMPLATE_TTL_MS) {
        templates.clear();
        renderedAt = Date.now();
      }
      let leased: Leased[] = [];
      try {
        leased = await lease(options);
        if (leased.length === 0) {
          await completeIssues(options.db);
          // Hourly is often enough for a 30-day deadline.
          if (Date.now() - purgedAt > 60 * 60 * 1000) {
            await purgeUnconfirmed(options.db);
            purgedAt = Date.now();
          }
          templates.clear();
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, options.pollMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = null;
          continue;
        }
        // One query for the lease's subscribers: a status read here is at most one lease (about a second) old.
        const subscribers = new Map(
          (
            await options.db.newsletterSubscriber.findMany({
              where: { id: { in: leased.map((row) => row.subscriberId) } },
              select: { id: true, email: true, locale: true, status: true },
            })
          ).map((s) => [s.id, s]),
        );
        for (const [index, row] of leased.entries()) {
          if (stopping) {
            await release(options.db, leased.slice(index));
            break;
          }
          await pace();
          await deliver(options, row, subscribers.get(row.subscriberId), templates);
        }
      } catch (error) {
        // The database went away or a query failed: leased rows come back when their lease ends.
        options.log?.(`newsletter worker: ${error instanceof Error ? error.message : String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, options.pollMs));
      }
    }
  }

  return {
    async stop() {
      stopping = true;
      wake?.();
      await done;
    },
  };
}

// Sends one leased message and records what happened; returns when the row is settled.
type Recipient = { email: string; locale: string; status: string };

async function deliver(
  options: WorkerOptions,
  row: Leased,
  subscriber: Recipient | undefined,
  templates: Map<string, RenderedIssue | null>,
) {
  const { db } = options;
  // Unsubscribed (or erased) since the issue was queued: nothing is sent.
  if (!subscriber || subscriber.status !== "CONFIRMED") {
    await settle(db, row, { status: "SKIPPED", lockedUntil: null, lastError: null });
    return;
  }
  const locale = subscriber.locale as AppLocale;
  const key = `${row.issueId}:${locale}`;
  if (!templates.has(key)) templates.set(key, await template(options, row.issueId, locale));
  const rendered = templates.get(key);
  if (!rendered) {
    await settle(db, row, { status: "FAILED", lockedUntil: null, lastError: "The issue has no content to send." });
    return;
  }
  const links = subscriberLinks(options.siteUrl, options.secret, row.subscriberId, locale);
  const message = personalise(rendered, links);
  // Still ours? A lease that ran out (a slow SMTP server) may have passed to another worker, which
  // then sends the message; this one must not. Holding it, the lease is renewed for the send.
  if (!(await renew(options, row))) return;
  try {
    await options.mailer.send({
      to: subscriber.email,
      subject: message.subject,
      html: message.html,
      text: message.text,
      headers: { ...listHeaders(options.siteUrl, links), Precedence: "bulk" },
      messageId: `<${row.issueId}.${row.subscriberId}@${new URL(options.siteUrl).hostname}>`,
    });
  } catch (error) {
    const reason = smtpReason(error);
    const temporary = isTemporary(error);
    if (temporary && row.attempts < options.maxAttempts) {
      const delay = Math.min(options.retryBaseMs * 2 ** (row.attempts - 1), 6 * 60 * 60 * 1000);
      await settle(db, row, {
        status: "PENDING",
        lockedUntil: null,
        lastError: reason,
        nextAttemptAt: new Date(Date.now() + delay),
      });
    } else {
      await settle(db, row, { status: "FAILED", lockedUntil: null, lastError: reason });
    }
    return;
  }
  await settle(db, row, { status: "SENT", lockedUntil: null, sentAt: new Date(), lastError: null });
}

async function template(options: WorkerOptions, issueId: string, locale: AppLocale): Promise<RenderedIssue | null> {
  const content = await loadIssueContent(options.db, issueId, locale, options.siteUrl);
  if (!content) return null;
  return renderIssueTemplate(content, await issueLabels(locale, options.siteUrl));
}

// Only a row this worker still holds is settled: if its lease ran out and another worker took it,
// that worker's result counts.
async function settle(db: Db, row: Leased, data: Parameters<Db["newsletterDelivery"]["update"]>[0]["data"]) {
  await db.newsletterDelivery.updateMany({
    where: { id: row.id, status: "SENDING", leaseId: row.leaseId },
    data: { ...data, leaseId: null },
  });
}

// The row is tried now: held for a whole lease, and the attempt counts.
async function renew({ db, leaseMs }: WorkerOptions, row: Leased): Promise<boolean> {
  const renewed = await db.$executeRaw`
    UPDATE "NewsletterDelivery"
    SET "lockedUntil" = (now() AT TIME ZONE 'UTC') + ${leaseMs}::int * interval '1 millisecond',
        attempts = attempts + 1
    WHERE id = ${row.id} AND status = 'SENDING' AND "leaseId" = ${row.leaseId}
      AND "lockedUntil" > now() AT TIME ZONE 'UTC'`;
  if (renewed === 1) row.attempts += 1;
  return renewed === 1;
}

// Takes the next due rows: waiting ones whose time has come, and leased ones whose worker vanished
// (taken again: a crash most likely hit before the SMTP server accepted the message, and the
// stable Message-ID lets receivers drop a copy if it had). A row that was in hand at too many
// crashes is failed instead, with its reason, for an editor to retry.
async function lease({ db, ratePerSecond, leaseMs, maxAttempts }: WorkerOptions): Promise<Leased[]> {
  await db.$executeRaw`
    UPDATE "NewsletterDelivery"
    SET status = 'FAILED', "leaseId" = NULL, "lockedUntil" = NULL,
        "lastError" = 'Sending was interrupted too often (the worker stopped while sending).',
        "updatedAt" = now() AT TIME ZONE 'UTC'
    WHERE status = 'SENDING' AND "lockedUntil" < now() AT TIME ZONE 'UTC' AND attempts >= ${maxAttempts}::int`;
  // About one second of work per lease, so a stopped worker hands back little.
  const size = Math.max(1, Math.min(100, Math.ceil(ratePerSecond)));
  // Rows are held only for the time it takes to reach them (plus a margin); each is held for a
  // whole lease (leaseMs) from the moment it is tried (renew). So after a crash, what was taken but
  // never tried is free again within seconds, not after a lease, and no attempt was counted for it.
  const holdMs = Math.min(leaseMs, UNTRIED_MARGIN_MS) + Math.ceil((size * 1000) / ratePerSecond);
  const leaseId = randomUUID();
  // Timestamps are stored in UTC without a zone (Prisma's convention), hence AT TIME ZONE 'UTC'.
  return db.$queryRaw<Leased[]>`
    UPDATE "NewsletterDelivery" d
    SET status = 'SENDING',
        "leaseId" = ${leaseId},
        "lockedUntil" = (now() AT TIME ZONE 'UTC') + ${holdMs}::int * interval '1 millisecond',
        "updatedAt" = now() AT TIME ZONE 'UTC'
    FROM (
      SELECT id FROM "NewsletterDelivery"
      WHERE (status = 'PENDING' AND "nextAttemptAt" <= now() AT TIME ZONE 'UTC')
         OR (status = 'SENDING' AND "lockedUntil" < now() AT TIME ZONE 'UTC')
      ORDER BY "nextAttemptAt", id
      LIMIT ${size}::int
      FOR UPDATE SKIP LOCKED
    ) due
    WHERE d.id = due.id
    RETURNING d.id, d."issueId", d."subscriberId", d.attempts, d."leaseId"`;
}

// Rows leased but not tried go back as they were (no attempt was counted for them).
async function release(db: Db, rows: Leased[]) {
  await db.newsletterDelivery.updateMany({
    where: { id: { in: rows.map((row) => row.id) }, status: "SENDING", leaseId: rows[0]?.leaseId },
    data: { status: "PENDING", leaseId: null, lockedUntil: null },
  });
}

// An issue is sent when none of its messages waits any more.
export async function completeIssues(db: Db): Promise<number> {
  return db.$executeRaw`
    UPDATE "NewsletterIssue" i
    SET status = 'SENT', "completedAt" = now() AT TIME ZONE 'UTC', "updatedAt" = now() AT TIME ZONE 'UTC'
    WHERE i.status = 'SENDING'
      AND NOT EXISTS (
        SELECT 1 FROM "NewsletterDelivery" d WHERE d."issueId" = i.id AND d.status IN ('PENDING', 'SENDING')
      )`;
}

// Addresses never confirmed are deleted 30 days after their link expired (the privacy note says
// so); one that had unsubscribed before goes back to that record instead.
export async function purgeUnconfirmed(db: Db, now = new Date()): Promise<number> {
  const expired = {
    status: "PENDING" as const,
    confirmTokenExpiresAt: { lt: new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000) },
  };
  await db.newsletterSubscriber.updateMany({
    where: { ...expired, unsubscribedAt: { not: null } },
    data: { status: "UNSUBSCRIBED", confirmTokenHash: null, confirmTokenExpiresAt: null },
  });
  const { count } = await db.newsletterSubscriber.deleteMany({ where: { ...expired, unsubscribedAt: null } });
  return count;
}

// Spaces sends evenly: at most `perSecond` messages a second from this worker.
function pacer(perSecond: number): () => Promise<void> {
  const gap = 1000 / perSecond;
  let next = 0;
  return async () => {
    const now = performance.now();
    const wait = next - now;
    next = Math.max(now, next) + gap;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };
}

// SMTP 4xx replies and lost or refused connections are worth another try; 5xx replies and
// anything else (a malformed address, nodemailer's EENVELOPE) are final.
const CONNECTION_ERRORS = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "EDNS",
  "ETLS",
  "ECONNRESET",
  "ECONNREFUSED",
]);
function isTemporary(error: unknown): boolean {
  const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === "number") return responseCode >= 400 && responseCode < 500;
  return typeof code === "string" && CONNECTION_ERRORS.has(code);
}

function smtpReason(error: unknown): string {
  const { response, message } = error as { response?: unknown; message?: unknown };
  const text = typeof response === "string" ? response : typeof message === "string" ? message : String(error);
  return text.slice(0, 500);
}
