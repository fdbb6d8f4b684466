import { sanitizeRichText } from "@/lib/sanitize";

// Renders stored rich text; sanitised here too, so no stored payload can reach a visitor.
export function RichText({ html, lang, className }: { html: string; lang?: string; className?: string }) {
  return (
    <div
      lang={lang}
      className={`prose-content ${className ?? ""}`}
      dangerouslySetInnerHTML={{ __html: sanitizeRichText(html) }}
    />
  );
}
