// Whether stored rich text shows anything: visible text or an image (an empty editor sends
// "<p></p>"). No dependencies, so client forms and the data layer share it.
export function hasContent(html: string | null | undefined): boolean {
  return Boolean(html && (html.replace(/<[^>]*>/g, "").trim() || /<img\s/i.test(html)));
}
