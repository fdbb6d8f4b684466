import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/mail/layout";

const content = {
  locale: "de" as const,
  heading: "Einladung",
  paragraphs: ["Sie wurden eingeladen.", "Zweite Zeile"],
  action: { label: "Passwort festlegen", url: "https://portal.example/de/invite?token=a&b=1" },
  footer: "OKIP",
};

describe("renderEmail", () => {
  it("sets the language, a 600px layout table and the action button", () => {
    const { html } = renderEmail(content);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="de" dir="ltr">/);
    expect(html).toContain("<title>Einladung</title>");
    expect(html).toContain('role="presentation" width="600"');
    expect(html).toContain("max-width:600px");
    expect(html).toContain('<a href="https://portal.example/de/invite?token=a&amp;b=1"');
    expect(html).toContain(">Passwort festlegen</a>");
    expect(html).toContain(">Sie wurden eingeladen.</p>");
    expect(html).toContain(">OKIP</p>");
  });

  it("escapes every piece of text passed in", () => {
    const payload = `<script>alert("x")</script> & 'y'`;
    const escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;";
    const { html } = renderEmail({
      locale: "en",
      heading: payload,
      paragraphs: [payload],
      action: { label: payload, url: 'https://example.org/"><script>' },
      footer: payload,
    });
    expect(html).not.toContain("<script>");
    expect(html.split(escaped)).toHaveLength(6); // title, h1, paragraph, button, footer
    expect(html).toContain('href="https://example.org/%22%3E%3Cscript%3E"');
  });

  it("keeps line breaks inside a paragraph", () => {
    const { html } = renderEmail({ ...content, paragraphs: ["eins\nzwei"] });
    expect(html).toContain("eins<br>zwei");
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,x",
    "mailto:a@b.c",
    "/relative",
    "not a url",
  ])("refuses the action URL %j", (url) => {
    expect(() => renderEmail({ ...content, action: { label: "x", url } })).toThrow(/http\(s\)/);
  });

  it("renders without an action", () => {
    const { html, text } = renderEmail({ ...content, action: undefined });
    expect(html).not.toContain("<a ");
    expect(text).not.toContain("https://");
  });

  it("has a plain-text alternative with the link spelled out and no markup", () => {
    const { text } = renderEmail({ ...content, paragraphs: ["A <b>bold</b> & plain claim"] });
    expect(text).toBe(
      "Einladung\n\nA <b>bold</b> & plain claim\n\nPasswort festlegen:\nhttps://portal.example/de/invite?token=a&b=1\n\n-- \nOKIP\n",
    );
  });
});
