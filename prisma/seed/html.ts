import slugify from "@sindresorhus/slugify";

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

// Wraps each plain-text paragraph in <p>…</p>, escaping HTML-special characters.
export function toParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${p.replace(/[&<>"]/g, (c) => entities[c] ?? c)}</p>`).join("\n");
}

// The URL slug of a title: lowercase ASCII, diacritics and Cyrillic transliterated.
export function slugFromTitle(title: string): string {
  return slugify(title);
}
