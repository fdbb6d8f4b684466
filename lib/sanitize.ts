import sanitizeHtml from "sanitize-html";

// Editors' HTML as it may reach a visitor: formatting, links and images, never a script,
// an event handler, a style or a javascript: URL. Applied on save (issue 3) and on render.
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "figure",
    "figcaption",
    "img",
    "hr",
  ],
  allowedAttributes: {
    a: ["href", "title", "hreflang", "rel"],
    img: ["src", "srcset", "sizes", "alt", "width", "height"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  // Images only over https (or site-relative /media paths): no mixed content.
  allowedSchemesByTag: { img: ["https"] },
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? "");
      // rel is never taken from the input: set for external links, dropped otherwise.
      const rest = { ...attribs };
      delete rest.rel;
      return { tagName, attribs: external ? { ...rest, rel: "noopener noreferrer" } : rest };
    },
  },
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, options);
}

export function stripHtml(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
}
