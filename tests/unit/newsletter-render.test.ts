import { describe, expect, it } from "vitest";
import { listHeaders, subscriberLinks, subscriberToken, verifySubscriberToken } from "@/lib/newsletter/links";
import { type IssueContent, personalise, renderIssueTemplate } from "@/lib/newsletter/render";

const labels = {
  readMore: "Read more",
  fallbackNote: "This article is available in Polish only.",
  why: "You receive this newsletter because you subscribed to it on portal.test.",
  preferences: "Change language",
  unsubscribe: "Unsubscribe",
  network: "OKIP newsletter",
};

const content: IssueContent = {
  locale: "en",
  subject: "News <& more>",
  intro: "Dear readers,\n\nsecond <b>paragraph</b>",
  posts: [
    {
      title: "Agreement signed",
      excerpt: "Five clusters signed.",
      url: "https://portal.test/en/news/agreement?x=1&y=2",
      image: { src: "https://portal.test/media/a.webp", alt: 'Title "card"', width: 1200, height: 630 },
      lang: "en",
      fallback: false,
    },
    {
      title: "Nowy członek",
      excerpt: null,
      url: "https://portal.test/en/news/nowy",
      image: null,
      lang: "pl",
      fallback: true,
    },
  ],
};

describe("newsletter e-mail", () => {
  const links = subscriberLinks("https://portal.test", "secret-0123456789abcdef0123456789", "sub123abc", "en");
  const mail = personalise(renderIssueTemplate(content, labels), links);

  it("escapes every text and puts each subscriber's own links in", () => {
    expect(mail.html).toContain("<title>News &lt;&amp; more&gt;</title>");
    expect(mail.html).toContain("second &lt;b&gt;paragraph&lt;/b&gt;");
    expect(mail.html).not.toContain("%%");
    expect(mail.text).not.toContain("%%");
    expect(mail.html).toContain(`href="${links.unsubscribe.replaceAll("&", "&amp;")}"`);
    expect(mail.text).toContain(`Unsubscribe: ${links.unsubscribe}`);
    expect(mail.html).toContain('href="https://portal.test/en/news/agreement?x=1&amp;y=2"');
  });

  it("is a 600 px column with absolute images and a plain-text twin", () => {
    expect(mail.html).toContain('<html lang="en" dir="ltr">');
    expect(mail.html).toContain('width="600"');
    expect(mail.html).toContain(
      'src="https://portal.test/media/a.webp" alt="Title &quot;card&quot;" width="536" height="281"',
    );
    expect(mail.text).toContain("Dear readers,\n\nsecond <b>paragraph</b>");
    expect(mail.text).toContain("Read more: https://portal.test/en/news/agreement?x=1&y=2");
  });

  it("marks a post shown in Polish with its language and a one-line note", () => {
    expect(mail.html).toMatch(
      /<h2 lang="pl"[^>]*><a [^>]*>Nowy członek<\/a><\/h2>\n<p [^>]*>This article is available in Polish only.<\/p>/,
    );
    expect(mail.html).toMatch(/<h2 style=[^>]*><a [^>]*>Agreement signed/);
    expect(mail.text).toContain("## Nowy członek\n(This article is available in Polish only.)");
  });
});

describe("an issue without texts in the subscriber's language", () => {
  it("marks the Polish subject and intro as Polish inside the English e-mail", () => {
    const links = subscriberLinks("https://portal.test", "secret-0123456789abcdef0123456789", "s1", "en");
    const mail = personalise(
      renderIssueTemplate({ ...content, textLang: "pl", subject: "Wiadomości", intro: "Witajcie" }, labels),
      links,
    );
    expect(mail.html).toMatch(/<h1 lang="pl"[^>]*>Wiadomości<\/h1>/);
    expect(mail.html).toMatch(/<p lang="pl"[^>]*>Witajcie<\/p>/);
    expect(mail.html).toContain('<html lang="en"');
  });
});

describe("subscriber links", () => {
  const secret = "secret-0123456789abcdef0123456789";

  it("sign the subscriber's id so that no other id or key verifies", () => {
    const token = subscriberToken(secret, "abc");
    expect(verifySubscriberToken(secret, "abc", token)).toBe(true);
    expect(verifySubscriberToken(secret, "abd", token)).toBe(false);
    expect(verifySubscriberToken("another-secret-0123456789abcdef", "abc", token)).toBe(false);
    expect(verifySubscriberToken(secret, "abc", token.slice(1))).toBe(false);
  });

  it("give RFC 8058 headers pointing at the one-click endpoint", () => {
    const links = subscriberLinks("https://portal.test", secret, "abc", "de");
    expect(links.preferences).toBe(
      `https://portal.test/de/newsletter/preferences?s=abc&t=${subscriberToken(secret, "abc")}`,
    );
    expect(listHeaders("https://portal.test", links)).toEqual({
      "List-Unsubscribe": `<https://portal.test/api/newsletter/unsubscribe?s=abc&t=${subscriberToken(secret, "abc")}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": "OKIP newsletter <newsletter.portal.test>",
    });
  });
});
