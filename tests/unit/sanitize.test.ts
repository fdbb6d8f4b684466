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
    expect(sanitizeRichText('<img src="https://cdn.example/a.jpg" alt="a">')).toBe(
      '<img src="https://cdn.example/a.jpg" alt="a" />',
    );
  });

  it.each([
    ["<script>alert(1)</script><p>ok</p>", "<p>ok</p>"],
    ['<img src="x" onerror="alert(1)">', '<img src="x" />'],
    ['<a href="javascript:alert(1)">x</a>', "<a>x</a>"],
    ['<p style="background:url(javascript:alert(1))" onclick="alert(1)">x</p>', "<p>x</p>"],
    ['<iframe src="https://evil.example"></iframe>', ""],
    ["<svg><script>alert(1)</script></svg>", ""],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "<a>x</a>"],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>">', "<img />"],
    ['<img src="http://tracker.example/p.gif" alt="">', '<img alt="" />'],
  ])("neutralises %s", (payload, expected) => {
    expect(sanitizeRichText(payload)).toBe(expected);
  });
});

describe("stripHtml", () => {
  it("leaves plain text for meta descriptions", () => {
    expect(stripHtml("<p>Jeden</p>\n<p>dwa <b>trzy</b></p>")).toBe("Jeden dwa trzy");
  });
});
