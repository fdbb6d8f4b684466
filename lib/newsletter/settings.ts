import type { Env } from "@/lib/env";
import { createMailer } from "@/lib/mail/mailer";
import type { Db } from "@/lib/prisma-client";
import type { WorkerOptions } from "./worker";

// The worker's settings from the environment (the same for the in-app worker and `npm run worker`).
export function workerOptions(env: Env, db: Db, log: (message: string) => void = console.log): WorkerOptions {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: the newsletter's unsubscribe links are signed with it.");
  return {
    db,
    // Its own SMTP pool: a long send never holds up the site's invitation and confirmation e-mails.
    mailer: createMailer({ from: env.MAIL_FROM, smtpUrl: env.SMTP_URL || undefined, outboxDir: env.OUTBOX_DIR, maxConnections: 1 }),
    siteUrl: env.SITE_URL,
    secret,
    ratePerSecond: env.NEWSLETTER_RATE,
    leaseMs: env.NEWSLETTER_LEASE_MS,
    retryBaseMs: env.NEWSLETTER_RETRY_BASE_MS,
    maxAttempts: env.NEWSLETTER_MAX_ATTEMPTS,
    pollMs: env.NEWSLETTER_POLL_MS,
    log,
  };
}
