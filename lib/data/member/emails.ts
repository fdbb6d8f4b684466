import "server-only";
import { env } from "@/lib/env";
import type { AppLocale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import { translatorFor } from "@/lib/i18n/translator";
import { renderEmail } from "@/lib/mail/layout";
import { sendMail } from "@/lib/mail/transport";

type Recipient = { email: string; locale: AppLocale };

function memberAreaLink(locale: AppLocale, path = ""): string {
  return new URL(getPathname({ locale, href: `/my-cluster${path}` }), env().SITE_URL).toString();
}

// Tells a member, in their language, what the editors decided about their profile change.
export async function sendReviewEmail(
  to: Recipient,
  review: { decision: "approved" | "rejected"; cluster: string; comment: string | null },
) {
  const t = await translatorFor(to.locale, "Email");
  const key = review.decision === "approved" ? "profileApproved" : "profileRejected";
  const { html, text } = renderEmail({
    locale: to.locale,
    heading: t(`${key}.heading`),
    paragraphs: [
      t(`${key}.body`, { cluster: review.cluster }),
      ...(review.comment ? [t("reviewComment", { comment: review.comment })] : []),
    ],
    action: { label: t("openMyCluster"), url: memberAreaLink(to.locale) },
    footer: t("footer"),
  });
  return sendMail({ to: to.email, subject: t(`${key}.subject`, { cluster: review.cluster }), html, text });
}

// Tells a member that the editors declined the news post they proposed, and why.
export async function sendProposalDeclinedEmail(
  to: Recipient,
  proposal: { title: string; cluster: string; comment: string },
) {
  const t = await translatorFor(to.locale, "Email");
  const { html, text } = renderEmail({
    locale: to.locale,
    heading: t("proposalDeclined.heading"),
    paragraphs: [
      t("proposalDeclined.body", { title: proposal.title, cluster: proposal.cluster }),
      t("reviewComment", { comment: proposal.comment }),
    ],
    action: { label: t("openMyCluster"), url: memberAreaLink(to.locale, "/posts") },
    footer: t("footer"),
  });
  return sendMail({ to: to.email, subject: t("proposalDeclined.subject"), html, text });
}
