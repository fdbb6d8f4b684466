import sanitizeHtml from "sanitize-html";

const textBlocks = new Set(["p", "h2", "h3", "h4", "figcaption", "li"]);
const lineBlocks = new Set([...textBlocks, "blockquote", "figure", "ul", "ol"]);
const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' };

const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot);/g, (entity) => entities[entity] ?? entity);

// A post body as plain text for revision diffs: one line per block, list items bulleted or numbered,
// link targets and image descriptions kept so that a changed URL or picture shows up in the diff.
export function htmlToDiffText(html: string): string {
  // sanitize-html normalises the markup (closed tags, quoted and escaped attributes), so a tokeniser suffices.
  const clean = sanitizeHtml(html, {
    allowedTags: [...lineBlocks, "br", "hr", "img", "a"],
    allowedAttributes: { a: ["href"], img: ["src", "alt"] },
  });
  const lists: { ordered: boolean; count: number }[] = [];
  const links: { href: string; start: number }[] = [];
  let out = "";
  let lineOpen = false;
  let marker = "";
  let textDepth = 0;

  const breakLine = () => {
    if (lineOpen) out = `${out.trimEnd()}\n`;
    lineOpen = false;
  };
  const write = (text: string) => {
    if (!lineOpen) {
      text = text.trimStart();
      if (!text) return;
      out += marker;
      marker = "";
      lineOpen = true;
    }
    out += text;
  };
  const line = (text: string) => {
    breakLine();
    write(text);
    breakLine();
  };

  for (const match of clean.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|[^<]+/g)) {
    const [token, closing, tag, rest = ""] = match;
    if (!tag) {
      write(unescape(token).replace(/\s+/g, " "));
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const [, name = "", value = ""] of rest.matchAll(/([a-z]+)="([^"]*)"/g)) attrs[name] = unescape(value);
    if (tag === "a") {
      const link = closing ? links.pop() : undefined;
      if (!closing) links.push({ href: attrs.href ?? "", start: out.length });
      else if (link?.href && !out.slice(link.start).trimEnd().endsWith(link.href)) write(` (${link.href})`);
    } else if (tag === "br") breakLine();
    else if (tag === "hr") line("---");
    // TipTap's images are blocks of their own; older bodies may have them inside a paragraph.
    else if (tag === "img") (textDepth ? write : line)(`[${attrs.alt || attrs.src || ""}]`);
    else if (lineBlocks.has(tag)) {
      breakLine();
      if (textBlocks.has(tag)) textDepth += closing ? -1 : 1;
      if (tag === "ul" || tag === "ol") {
        if (closing) lists.pop();
        else lists.push({ ordered: tag === "ol", count: 0 });
      } else if (tag === "li" && !closing) {
        const list = lists.at(-1);
        const indent = "  ".repeat(Math.max(lists.length - 1, 0));
        marker = `${indent}${list?.ordered ? `${++list.count}.` : "•"} `;
      }
    }
  }
  return out.trimEnd();
}
