import { Editor, type JSONContent } from "@tiptap/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  applyLink,
  formatCommands,
  insertImage,
  isAllowedHref,
  isAllowedImageSrc,
  normalizeHref,
  removeLink,
  richTextExtensions,
  toFormValue,
} from "@/components/admin/rich-text/extensions";
import { sanitizeRichText } from "@/lib/sanitize";

// No DOM library is installed; TipTap's getHTML only needs a document that can build and print a tree,
// so these few classes stand in for one (serialised the way a browser's innerHTML is).
const voidTags = new Set(["br", "hr", "img"]);
const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

class FakeNode {
  children: FakeNode[] = [];
  appendChild(child: FakeNode) {
    this.children.push(...(child instanceof FakeFragment ? child.children.splice(0) : [child]));
    return child;
  }
  get innerHTML(): string {
    return this.children.map((child) => child.outerHTML).join("");
  }
  get outerHTML(): string {
    return this.innerHTML;
  }
}
class FakeFragment extends FakeNode {
  nodeType = 11;
}
class FakeText extends FakeNode {
  nodeType = 3;
  constructor(private text: string) {
    super();
  }
  get outerHTML() {
    return escapeText(this.text);
  }
}
class FakeElement extends FakeNode {
  nodeType = 1;
  attributes = new Map<string, string>();
  constructor(private tag: string) {
    super();
  }
  setAttribute(name: string, value: unknown) {
    this.attributes.set(name, String(value));
  }
  get outerHTML() {
    const attributes = [...this.attributes].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join("");
    const open = `<${this.tag}${attributes}>`;
    return voidTags.has(this.tag) ? open : `${open}${this.innerHTML}</${this.tag}>`;
  }
}
const fakeDocument = {
  createElement: (tag: string) => new FakeElement(tag),
  createTextNode: (text: string) => new FakeText(text),
  createDocumentFragment: () => new FakeFragment(),
  implementation: { createHTMLDocument: () => fakeDocument },
};

function formValue(editor: Editor): string {
  vi.stubGlobal("window", { document: fakeDocument });
  vi.stubGlobal("document", fakeDocument);
  try {
    return toFormValue(editor);
  } finally {
    vi.unstubAllGlobals();
  }
}

// Differences that are no change: sanitize-html writes <hr /> where a browser writes <hr>, and puts the rel
// it sets after href where TipTap puts it before.
function canonical(html: string): string {
  return html.replace(/<([a-z0-9]+)((?: [a-z-]+="[^"]*")*) ?\/?>/g, (_, tag: string, attributes: string) => {
    const sorted = (attributes.match(/ [a-z-]+="[^"]*"/g) ?? []).sort().join("");
    return `<${tag}${sorted}>`;
  });
}

function expectSurvivesSanitizer(html: string) {
  expect(html).not.toBe("");
  expect(canonical(sanitizeRichText(html))).toBe(canonical(html));
}

const paragraph = (text: string): JSONContent => ({ type: "paragraph", content: [{ type: "text", text }] });

let editor: Editor;
beforeEach(() => {
  editor = new Editor({
    element: null,
    injectCSS: false,
    extensions: richTextExtensions,
    content: { type: "doc", content: [paragraph('Zażółć gęślą jaźń & <tag> "quoted"')] },
  });
});
afterEach(() => editor.destroy());

const selectWord = () => editor.commands.setTextSelection({ from: 1, to: 7 });

describe("what the toolbar produces survives sanitizeRichText unchanged", () => {
  it.each(["bold", "italic", "underline"] as const)("%s", (mark) => {
    selectWord();
    expect(formatCommands[mark](editor.chain()).run()).toBe(true);
    const html = formValue(editor);
    expect(html).toMatch(/^<p><(strong|em|u)>Zażółć<\/\1> gęślą/);
    expectSurvivesSanitizer(html);
  });

  it.each(["heading2", "heading3", "bulletList", "orderedList", "blockquote"] as const)("%s", (block) => {
    expect(formatCommands[block](editor.chain()).run()).toBe(true);
    const html = formValue(editor);
    expect(html).toMatch(/^<(h2|h3|ul|ol|blockquote)>/);
    expectSurvivesSanitizer(html);
    const undo = block.startsWith("heading") ? formatCommands.paragraph : formatCommands[block];
    expect(undo(editor.chain()).run()).toBe(true);
    expect(formValue(editor)).toMatch(/^<p>Zażółć/);
  });

  it("a horizontal rule", () => {
    editor.commands.setTextSelection(7);
    expect(formatCommands.horizontalRule(editor.chain()).run()).toBe(true);
    const html = formValue(editor);
    expect(html).toContain("<hr>");
    expectSurvivesSanitizer(html);
  });

  it.each([
    ["https://example.pl/a?b=1&c=2", '<a rel="noopener noreferrer" href="https://example.pl/a?b=1&amp;c=2">Zażółć</a>'],
    ["/pl/news/zjazd", '<a href="/pl/news/zjazd">Zażółć</a>'],
    ["mailto:biuro@example.pl", '<a href="mailto:biuro@example.pl">Zażółć</a>'],
  ])("a link to %s", (href, expected) => {
    selectWord();
    expect(applyLink(editor, href)).toBe(true);
    const html = formValue(editor);
    expect(html).toContain(expected);
    expectSurvivesSanitizer(html);
  });

  it("a link rewritten from external to internal, then removed", () => {
    selectWord();
    applyLink(editor, "https://example.pl");
    editor.commands.setTextSelection(3);
    applyLink(editor, "/pl/clusters");
    expect(formValue(editor)).toContain('<a href="/pl/clusters">Zażółć</a>');
    expectSurvivesSanitizer(formValue(editor));
    editor.commands.setTextSelection(3);
    removeLink(editor);
    expect(formValue(editor)).not.toContain("<a");
  });

  it("a link inserted with nothing selected uses its address as text", () => {
    editor.commands.setTextSelection(7);
    applyLink(editor, "https://example.pl");
    const html = formValue(editor);
    expect(html).toContain('Zażółć<a rel="noopener noreferrer" href="https://example.pl">https://example.pl</a> gęślą');
    expectSurvivesSanitizer(html);
  });

  it.each([
    [{ src: "/media/2026/zjazd.jpg", alt: "Uczestnicy zjazdu", width: 1600, height: 900 }],
    [{ src: "/media/2026/logo-klastra.webp", alt: "", width: null, height: null }],
  ])("an image from the media library %#", (image) => {
    editor.commands.setTextSelection(7);
    expect(insertImage(editor, image)).toBe(true);
    const html = formValue(editor);
    expect(html).toContain(`<img src="${image.src}" alt="${image.alt}"`);
    expectSurvivesSanitizer(html);
  });

  it("a body using everything at once, plus the hard break and strike-through the keyboard can add", () => {
    selectWord();
    formatCommands.bold(editor.chain()).run();
    formatCommands.heading2(editor.chain()).run();
    editor.commands.insertContentAt(editor.state.doc.content.size, [
      paragraph("Druga linia"),
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph("punkt")] }] },
      { type: "orderedList", content: [{ type: "listItem", content: [paragraph("krok")] }] },
      { type: "blockquote", content: [paragraph("cytat")] },
      { type: "horizontalRule" },
      { type: "paragraph", content: [{ type: "text", text: "skreślone", marks: [{ type: "strike" }] }] },
    ]);
    editor.commands.setTextSelection(editor.state.doc.content.size - 3);
    editor.commands.setHardBreak();
    insertImage(editor, { src: "/media/logo.png", alt: "Logo", width: 200, height: 100 });
    const html = formValue(editor);
    for (const tag of ["<h2>", "<strong>", "<ul>", "<ol>", "<li>", "<blockquote>", "<hr>", "<s>", "<br>", "<img"]) {
      expect(html).toContain(tag);
    }
    expectSurvivesSanitizer(html);
  });
});

describe("the editor cannot produce what the sanitizer drops", () => {
  it("has no code, code block, table, or heading levels outside 2–3", () => {
    expect(Object.keys(editor.schema.nodes).sort()).toEqual(
      [
        "blockquote",
        "bulletList",
        "doc",
        "hardBreak",
        "heading",
        "horizontalRule",
        "image",
        "listItem",
        "orderedList",
        "paragraph",
        "text",
      ].sort(),
    );
    expect(Object.keys(editor.schema.marks).sort()).toEqual(["bold", "italic", "link", "strike", "underline"]);
    expect(formatCommands.heading2(editor.chain()).run()).toBe(true);
    expect(editor.chain().toggleHeading({ level: 4 }).run()).toBe(false);
  });

  it("refuses links the sanitizer would strip", () => {
    selectWord();
    for (const href of ["javascript:alert(1)", "data:text/html,x", "ftp://example.pl", "//evil.example"]) {
      expect(editor.chain().setLink({ href }).run()).toBe(false);
    }
    expect(formValue(editor)).not.toContain("<a");
  });

  it("refuses images that are neither https nor from /media", () => {
    for (const src of [
      "http://example.pl/a.jpg",
      "data:image/png;base64,AAAA",
      "/uploads/a.jpg",
      "//cdn.example/a.jpg",
    ]) {
      expect(insertImage(editor, { src, alt: "" })).toBe(false);
    }
    expect(formValue(editor)).not.toContain("<img");
  });

  it("submits an empty string for an empty editor and drops the trailing empty paragraph", () => {
    editor.commands.setContent({ type: "doc", content: [{ type: "paragraph" }] });
    expect(formValue(editor)).toBe("");
    editor.commands.setContent({ type: "doc", content: [{ type: "horizontalRule" }, { type: "paragraph" }] });
    expect(formValue(editor)).toBe("<hr>");
  });
});

describe("link addresses", () => {
  it.each([
    ["https://example.pl", true],
    ["http://example.pl/a b", false],
    ["HTTPS://EXAMPLE.PL", true],
    ["https://", false],
    ["mailto:biuro@example.pl", true],
    ["mailto:nobody", false],
    ["/pl/news", true],
    ["//evil.example", false],
    ["/\\evil.example", false],
    ["javascript:alert(1)", false],
    ["tel:+48123", false],
    ["#section", false],
  ])("isAllowedHref(%s) is %s", (href, allowed) => {
    expect(isAllowedHref(href)).toBe(allowed);
  });

  it.each([
    ["  https://example.pl  ", "https://example.pl"],
    ["example.pl", "https://example.pl"],
    ["www.example.pl/a?b=1", "https://www.example.pl/a?b=1"],
    ["biuro@example.pl", "mailto:biuro@example.pl"],
    ["/pl/clusters", "/pl/clusters"],
    ["javascript:alert(1)", null],
    ["just words", null],
    ["", null],
  ])("normalizeHref(%s) is %s", (input, expected) => {
    expect(normalizeHref(input)).toBe(expected);
  });

  it("image sources: https or the media library only", () => {
    expect(isAllowedImageSrc("/media/a.jpg")).toBe(true);
    expect(isAllowedImageSrc("https://cdn.example.pl/a.jpg")).toBe(true);
    expect(isAllowedImageSrc("http://cdn.example.pl/a.jpg")).toBe(false);
    expect(isAllowedImageSrc("/media/")).toBe(false);
  });
});
