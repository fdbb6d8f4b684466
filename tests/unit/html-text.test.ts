import { describe, expect, it } from "vitest";
import { htmlToDiffText } from "@/lib/html-text";

describe("htmlToDiffText", () => {
  it("puts each block on its own line and keeps inline formatting as plain text", () => {
    const html =
      "<h2>Tytuł</h2>\n<p>Ala <strong>ma</strong> <em>kota</em>.</p>\n<h3>Dalej</h3><blockquote><p>Cytat</p></blockquote>";
    expect(htmlToDiffText(html)).toBe("Tytuł\nAla ma kota.\nDalej\nCytat");
  });

  it("bullets and numbers list items, indenting nested lists", () => {
    const html =
      "<ul><li><p>jeden</p><ul><li><p>pod</p></li></ul></li><li><p>dwa</p></li></ul><ol><li>a</li><li>b</li></ol>";
    expect(htmlToDiffText(html)).toBe("• jeden\n  • pod\n• dwa\n1. a\n2. b");
  });

  it("breaks lines at <br>, marks rules, and names images by description or address", () => {
    const html =
      '<p>raz<br />dwa</p><hr /><img src="/media/a.jpg" alt="Logo" /><img src="/media/b.jpg" alt="" /><p>x <img src="/media/c.jpg" alt="c" /> y</p>';
    expect(htmlToDiffText(html)).toBe("raz\ndwa\n---\n[Logo]\n[/media/b.jpg]\nx [c] y");
  });

  it("keeps link targets unless the text already is the address", () => {
    const html =
      '<p><a href="https://example.pl/?a=1&amp;b=2" rel="noopener noreferrer">strona</a> i <a href="https://x.pl">https://x.pl</a></p>';
    expect(htmlToDiffText(html)).toBe("strona (https://example.pl/?a=1&b=2) i https://x.pl");
  });

  it("decodes entities, collapses whitespace and drops scripts", () => {
    const html = "<p>  a &amp; b &lt;c&gt; &quot;d&quot;&nbsp;e\n  f </p><script>alert(1)</script><p> </p>";
    expect(htmlToDiffText(html)).toBe('a & b <c> "d" e f');
  });

  it("returns an empty string for an empty body", () => {
    expect(htmlToDiffText("")).toBe("");
    expect(htmlToDiffText("<p></p>")).toBe("");
  });
});
