const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

// Wraps each plain-text paragraph in <p>…</p>, escaping HTML-special characters.
export function toParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${p.replace(/[&<>"]/g, (c) => entities[c] ?? c)}</p>`).join("\n");
}
