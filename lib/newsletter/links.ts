import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { AppLocale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";

// A subscriber's own links (preferences, unsubscribe) carry an HMAC of their id instead of a
// stored token: every e-mail can carry them, nothing more is kept, and erasing the subscriber
// voids them. The key is derived from AUTH_SECRET, so rotating that secret voids old links too.
function linkKey(secret: string): Buffer {
  return createHash("sha256").update(`okip-newsletter-links\0${secret}`).digest();
}

// The secret the links are signed with: the site's AUTH_SECRET, shared by web servers and workers.
export function linkSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: the newsletter's unsubscribe links are signed with it.");
  return secret;
}

export function subscriberToken(secret: string, subscriberId: string): string {
  return createHmac("sha256", linkKey(secret)).update(subscriberId).digest("base64url");
}

export function verifySubscriberToken(secret: string, subscriberId: string, token: string): boolean {
  const expected = Buffer.from(subscriberToken(secret, subscriberId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface SubscriberLinks {
  // The page where a subscriber changes language or leaves (the link in every e-mail's footer).
  preferences: string;
  // The footer's "unsubscribe": the same page, opened at its unsubscribe button (a GET never unsubscribes,
  // since mail scanners follow links).
  unsubscribe: string;
  // RFC 8058 one-click target of List-Unsubscribe: a POST there unsubscribes at once.
  oneClick: string;
}

export function subscriberLinks(
  siteUrl: string,
  secret: string,
  subscriberId: string,
  locale: AppLocale,
): SubscriberLinks {
  const query = new URLSearchParams({ s: subscriberId, t: subscriberToken(secret, subscriberId) }).toString();
  const page = (href: string) => new URL(getPathname({ locale, href }), siteUrl).toString();
  return {
    preferences: page(`/newsletter/preferences?${query}`),
    unsubscribe: page(`/newsletter/preferences?${query}&leave=1`),
    oneClick: new URL(`/api/newsletter/unsubscribe?${query}`, siteUrl).toString(),
  };
}

// Headers every newsletter e-mail carries so mail clients offer their own unsubscribe button.
export function listHeaders(siteUrl: string, links: SubscriberLinks): Record<string, string> {
  return {
    "List-Unsubscribe": `<${links.oneClick}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "List-Id": `OKIP newsletter <newsletter.${new URL(siteUrl).hostname}>`,
  };
}
