import { describe, expect, it } from "vitest";
import { sanitizeRichText, stripHtml } from "@/lib/sanitize";

describe("sanitizeRichText", () => {
  it("keeps the formatting editors use", () => {
    const html =
      '<h2>Tytuł</h2><p><strong>Ważne</strong> i <em>ciekawe</em> <a href="https://www.klasterip.pl">link</a></p><ul><li>a</li></ul><blockquote>cytat</blockquote>';
    const clean = sanitizeRichText(html);
    expect(clean).toContain("<h2>Tytuł</h2>");
    expect(clean).toContain("<strong>Ważne</strong>");
    expect(clean).toContain('<a href="https://www.klasterip.pl" rel="noopener noreferrer">link</a>');
    expect(clean).toContain("<blockquote>cytat</blockquote>");
    expect(sanitizeRichText('<img src="/media/a.jpg" alt="a">')).toBe('<img src="/media/a.jpg" alt="a" />');
    expect(
      sanitizeRichText('<img src="/media/a.jpg" srcset="/media/a-640.webp 640w, https://cdn.example/a.jpg 1200w">'),
    ).toBe('<img src="/media/a.jpg" srcset="/media/a-640.webp 640w" />');
  });

  // A remote image would tell a third party who opened the page (a tracking pixel): only the library's.
  it.each([
    '<p>a</p><img src="https://cdn.example/a.jpg" alt="a"><p>b</p>',
    '<p>a</p><img src="http://tracker.example/p.gif?u=1" alt=""><p>b</p>',
    '<p>a</p><img src="//tracker.example/p.gif"><p>b</p>',
    '<p>a</p><img src="/media/../api/x"><p>b</p>',
    '<p>a</p><img src="/logo.svg"><p>b</p>',
  ])("drops an image from outside the media library: %s", (payload) => {
    expect(sanitizeRichText(payload)).toBe("<p>a</p><p>b</p>");
  });

  it.each([
    ["<script>alert(1)</script><p>ok</p>", "<p>ok</p>"],
    ['<img src="x" onerror="alert(1)">', ""],
    ['<a href="javascript:alert(1)">x</a>', "<a>x</a>"],
    ['<p style="background:url(javascript:alert(1))" onclick="alert(1)">x</p>', "<p>x</p>"],
    ['<iframe src="https://evil.example"></iframe>', ""],
    ["<svg><script>alert(1)</script></svg>", ""],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "<a>x</a>"],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>">', ""],
    ['<img src="/media/a.jpg" onerror="alert(1)">', '<img src="/media/a.jpg" />'],
  ])("neutralises %s", (payload, expected) => {
    expect(sanitizeRichText(payload)).toBe(expected);
  });
});

describe("stripHtml", () => {
  it("leaves plain text for meta descriptions", () => {
    expect(stripHtml("<p>Jeden</p>\n<p>dwa <b>trzy</b></p>")).toBe("Jeden dwa trzy");
  });
});
