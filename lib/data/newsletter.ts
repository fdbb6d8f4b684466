import "server-only";
import { randomBytes } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { limiterStore } from "@/lib/auth/throttle";
import { hashToken } from "@/lib/auth/token-issue";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import type { AppLocale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import { translatorFor } from "@/lib/i18n/translator";
import { renderEmail } from "@/lib/mail/layout";
import { sendMail } from "@/lib/mail/transport";
import { linkSecret, listHeaders, subscriberLinks, verifySubscriberToken } from "@/lib/newsletter/links";
import { CONSENT_VERSION } from "@/lib/validation/newsletter";

// Confirmation links live 7 days.
export const CONFIRM_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
// Sign-ups per hour: from one IP, and for one address whoever asks (so nobody can flood an
// address with confirmation e-mails).
export const SIGNUPS_PER_IP = 10;
export const SIGNUPS_PER_ADDRESS = 3;

const globalForLimiters = globalThis as unknown as {
  signupLimiters?: { ip: RateLimiterPostgres; address: RateLimiterPostgres };
};

function limiters() {
  globalForLimiters.signupLimiters ??= {
    ip: new RateLimiterPostgres({
      ...limiterStore(),
      keyPrefix: "newsletter-ip",
      points: SIGNUPS_PER_IP,
      duration: 3600,
    }),
    address: new RateLimiterPostgres({
      ...limiterStore(),
      keyPrefix: "newsletter-address",
      points: SIGNUPS_PER_ADDRESS,
      duration: 3600,
    }),
  };
  return globalForLimiters.signupLimiters;
}

export type SignupResult =
  { kind: "accepted"; work: () => Promise<unknown> } | { kind: "throttled"; retryAfterSeconds: number };

// A sign-up. The answer is the same for a new, a pending, a confirmed or an unsubscribed address,
// and so is its timing: after the rate limits, everything else (the row, the confirmation e-mail)
// is returned as `work` for the caller to run after answering. A confirmation goes to anyone not
// confirmed; a confirmed address gets nothing.
export async function subscribe(
  input: { email: string; language: AppLocale },
  ip: string | null,
  now = new Date(),
): Promise<SignupResult> {
  const limit = await consume(input.email, ip);
  if (limit) return { kind: "throttled", retryAfterSeconds: limit };
  return { kind: "accepted", work: () => register(input, now) };
}

async function register(input: { email: string; language: AppLocale }, now: Date): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const fresh = {
    confirmTokenHash: hashToken(token),
    confirmTokenExpiresAt: new Date(now.getTime() + CONFIRM_LIFETIME_MS),
    confirmSentAt: now,
    consentAt: now,
    consentVersion: CONSENT_VERSION,
  };
  const subscriber = await db
    .$transaction(async (tx) => {
      const existing = await tx.newsletterSubscriber.findUnique({ where: { email: input.email } });
      if (!existing)
        return tx.newsletterSubscriber.create({ data: { email: input.email, locale: input.language, ...fresh } });
      if (existing.status === "CONFIRMED") return null;
      // Pending (link lost or expired) or unsubscribed and back: a new link and a new consent. An
      // earlier unsubscription stays on record until the new sign-up is confirmed.
      return tx.newsletterSubscriber.update({
        where: { id: existing.id },
        data: { locale: input.language, status: "PENDING", ...fresh },
      });
    })
    .catch((error: unknown) => {
      // The same new address signed up twice at once: the other request sends the link.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
      throw error;
    });
  if (!subscriber) return;
  await sendConfirmation({ id: subscriber.id, email: subscriber.email, locale: subscriber.locale as AppLocale }, token);
}

async function consume(email: string, ip: string | null): Promise<number | null> {
  const { ip: byIp, address } = limiters();
  try {
    await Promise.all([address.consume(email), ip ? byIp.consume(ip) : Promise.resolve()]);
    return null;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

async function sendConfirmation(subscriber: { id: string; email: string; locale: AppLocale }, token: string) {
  const { SITE_URL } = env();
  const t = await translatorFor(subscriber.locale, "Email");
  const links = subscriberLinks(SITE_URL, linkSecret(), subscriber.id, subscriber.locale);
  const confirm = getPathname({ locale: subscriber.locale, href: `/newsletter/confirm?token=${token}` });
  const url = new URL(confirm, SITE_URL).toString();
  const { html, text } = renderEmail({
    locale: subscriber.locale,
    heading: t("confirm.heading"),
    paragraphs: [t("confirm.body"), t("confirm.expiry"), t("confirm.ignore")],
    action: { label: t("confirm.action"), url },
    footer: t("footer"),
  });
  return sendMail({
    to: subscriber.email,
    subject: t("confirm.subject"),
    html,
    text,
    headers: listHeaders(SITE_URL, links),
  });
}

export type ConfirmResult = { kind: "confirmed"; subscriber: { id: string; locale: AppLocale } } | { kind: "invalid" };

// Whether a confirmation link is still good (the page shows its button only then).
export async function confirmationIsValid(token: string, now = new Date()): Promise<boolean> {
  const found = await db.newsletterSubscriber.count({
    where: { confirmTokenHash: hashToken(token), status: "PENDING", confirmTokenExpiresAt: { gt: now } },
  });
  return found === 1;
}

// Confirms a subscription through its link, once.
export async function confirmSubscription(token: string, now = new Date()): Promise<ConfirmResult> {
  const tokenHash = hashToken(token);
  const updated = await db.newsletterSubscriber.updateManyAndReturn({
    where: { confirmTokenHash: tokenHash, status: "PENDING", confirmTokenExpiresAt: { gt: now } },
    data: {
      status: "CONFIRMED",
      confirmedAt: now,
      unsubscribedAt: null,
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    },
    select: { id: true, locale: true },
  });
  const subscriber = updated[0];
  return subscriber
    ? { kind: "confirmed", subscriber: { id: subscriber.id, locale: subscriber.locale as AppLocale } }
    : { kind: "invalid" };
}

export interface SubscriberView {
  id: string;
  email: string;
  locale: AppLocale;
  status: "PENDING" | "CONFIRMED" | "UNSUBSCRIBED";
}

// The subscriber a signed link names, or null for a wrong signature or an erased subscriber.
export async function subscriberFromLink(id: string, token: string): Promise<SubscriberView | null> {
  if (!verifySubscriberToken(linkSecret(), id, token)) return null;
  const row = await db.newsletterSubscriber.findUnique({
    where: { id },
    select: { id: true, email: true, locale: true, status: true },
  });
  return row ? { ...row, locale: row.locale as AppLocale } : null;
}

// Unsubscribes through a signed link (the page's button or a mail client's one-click POST).
export async function unsubscribe(id: string, token: string, now = new Date()): Promise<boolean> {
  const subscriber = await subscriberFromLink(id, token);
  if (!subscriber) return false;
  await db.newsletterSubscriber.updateMany({
    where: { id, status: { not: "UNSUBSCRIBED" } },
    data: { status: "UNSUBSCRIBED", unsubscribedAt: now, confirmTokenHash: null, confirmTokenExpiresAt: null },
  });
  return true;
}

// Changes the language of a subscriber's newsletter through a signed link.
export async function changeLanguage(id: string, token: string, language: AppLocale): Promise<boolean> {
  const subscriber = await subscriberFromLink(id, token);
  if (!subscriber) return false;
  await db.newsletterSubscriber.update({ where: { id }, data: { locale: language } });
  return true;
}
