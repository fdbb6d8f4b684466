import "server-only";
import { env } from "@/lib/env";
import { createMailer, type Mailer, type OutgoingMail, type SentMail } from "./mailer";

export { createMailer, type Mailer, type MailerOptions, type OutgoingMail, type SentMail } from "./mailer";

// One mailer per server process, kept across hot reloads so the SMTP pool is not reopened on every edit.
const globalForMail = globalThis as unknown as { mailer?: Mailer };

// Sends one message with the configuration from the environment (SMTP_URL, MAIL_FROM, OUTBOX_DIR).
export function sendMail(message: OutgoingMail): Promise<SentMail> {
  globalForMail.mailer ??= createMailer({
    from: env().MAIL_FROM,
    smtpUrl: env().SMTP_URL || undefined,
    outboxDir: env().OUTBOX_DIR,
  });
  return globalForMail.mailer.send(message);
}
