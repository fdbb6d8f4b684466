import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DiffView } from "@/components/admin/shared/diff-view";

const labels = { removed: "Usunięto:", added: "Dodano:" };
const render = (before: string, after: string) =>
  renderToStaticMarkup(createElement(DiffView, { before, after, labels }));

describe("DiffView", () => {
  it("marks removed and added words, each with its screen-reader label", () => {
    const html = render("Ala ma kota", "Ala ma psa");
    expect(html).toContain('<del class="');
    expect(html).toMatch(/<del [^>]*><span class="sr-only">Usunięto: <\/span>kota<\/del>/);
    expect(html).toMatch(/<ins [^>]*><span class="sr-only">Dodano: <\/span>psa<\/ins>/);
    expect(html).toContain("Ala ma ");
    expect(html).not.toMatch(/<(?:del|ins)[^>]*>(?:<span[^>]*>[^<]*<\/span>)?Ala/);
  });

  it("keeps line breaks and whitespace of the texts", () => {
    const html = render("jeden\ndwa", "jeden\ndwa\ntrzy");
    expect(html).toContain("whitespace-pre-wrap");
    expect(html).toMatch(/<ins [^>]*><span class="sr-only">Dodano: <\/span>\ntrzy<\/ins>/);
  });

  it("escapes the texts instead of rendering them as markup", () => {
    const html = render('<b>stary</b> & "x"', '<b>stary</b> & "x" <script>alert(1)</script>');
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;b&gt;stary&lt;/b&gt; &amp; &quot;x&quot;");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;</ins>");
  });

  it("renders identical texts without any marks", () => {
    const html = render("bez zmian", "bez zmian");
    expect(html).not.toMatch(/<(?:del|ins)/);
    expect(html).toContain("bez zmian");
  });
});
