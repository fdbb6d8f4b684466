import type { Env } from "@/lib/env";
import { createMailer } from "@/lib/mail/mailer";
import type { Db } from "@/lib/prisma-client";
import { linkSecret } from "./links";
import type { WorkerOptions } from "./worker";

// The worker's settings from the environment (the same for the in-app worker and `npm run worker`).
export function workerOptions(env: Env, db: Db, log: (message: string) => void = console.log): WorkerOptions {
  return {
    db,
    // Its own SMTP pool: a long send never holds up the site's invitation and confirmation e-mails.
    mailer: createMailer({
      from: env.MAIL_FROM,
      smtpUrl: env.SMTP_URL || undefined,
      outboxDir: env.OUTBOX_DIR,
      maxConnections: 1,
    }),
    siteUrl: env.SITE_URL,
    secret: linkSecret(),
    ratePerSecond: env.NEWSLETTER_RATE,
    leaseMs: env.NEWSLETTER_LEASE_MS,
    retryBaseMs: env.NEWSLETTER_RETRY_BASE_MS,
    maxAttempts: env.NEWSLETTER_MAX_ATTEMPTS,
    pollMs: env.NEWSLETTER_POLL_MS,
    log,
  };
}
