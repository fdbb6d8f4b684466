import "server-only";
import { env } from "@/lib/env";
import type { AppLocale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import { translatorFor } from "@/lib/i18n/translator";
import { renderEmail } from "@/lib/mail/layout";
import { withoutLinks } from "@/lib/mail/plain-text";
import { sendMail } from "@/lib/mail/transport";

function accountLink(locale: AppLocale, token: string): string {
  const href = `/set-password?token=${encodeURIComponent(token)}`;
  return new URL(getPathname({ locale, href }), env().SITE_URL).toString();
}

// The invitation e-mail, in the invitee's language, with the 72-hour set-password link; a member
// cluster's co-editor is told which cluster's profile they will keep. The inviter's name is a
// user's word: plain text without anything a mail client would make a link of.
export async function sendInvitationEmail(
  to: { email: string; locale: AppLocale },
  token: string,
  inviter: string,
  cluster?: string,
) {
  const t = await translatorFor(to.locale, "Email");
  inviter = withoutLinks(inviter) || t("invite.someone");
  const { html, text } = renderEmail({
    locale: to.locale,
    heading: t("invite.heading"),
    paragraphs: [
      cluster ? t("invite.memberBody", { inviter, cluster }) : t("invite.body", { inviter }),
      t("invite.expiry"),
    ],
    action: { label: t("invite.action"), url: accountLink(to.locale, token) },
    footer: t("footer"),
  });
  return sendMail({ to: to.email, subject: t("invite.subject"), html, text });
}

// The password-reset e-mail with its one-hour link.
export async function sendPasswordResetEmail(to: { email: string; locale: AppLocale }, token: string) {
  const t = await translatorFor(to.locale, "Email");
  const { html, text } = renderEmail({
    locale: to.locale,
    heading: t("reset.heading"),
    paragraphs: [t("reset.body"), t("reset.expiry"), t("reset.ignore")],
    action: { label: t("reset.action"), url: accountLink(to.locale, token) },
    footer: t("footer"),
  });
  return sendMail({ to: to.email, subject: t("reset.subject"), html, text });
}
