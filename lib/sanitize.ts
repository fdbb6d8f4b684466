import sanitizeHtml from "sanitize-html";

// Editors' HTML as it may reach a visitor: formatting, links and images, never a script,
// an event handler, a style or a javascript: URL. Applied on save (issue 3) and on render.
// Images come from the portal's own media library only (/media/…): a remote <img> would let a
// third party see every visitor and editor who opens the page (a tracking pixel), so it is
// dropped, and the CSP's img-src allows nothing else either.
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
  // Images: no scheme at all, only site-relative paths, and of those only the media library's.
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  exclusiveFilter: (frame) => frame.tag === "img" && !isLibraryImage(frame.attribs.src),
  transformTags: {
    img: (tagName, attribs) => {
      const srcset = attribs.srcset
        ?.split(",")
        .map((entry) => entry.trim())
        .filter((entry) => isLibraryImage(entry.split(/\s+/)[0]))
        .join(", ");
      const rest = { ...attribs };
      delete rest.srcset;
      return { tagName, attribs: srcset ? { ...rest, srcset } : rest };
    },
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? "");
      // rel is never taken from the input: set for external links, dropped otherwise.
      const rest = { ...attribs };
      delete rest.rel;
      return { tagName, attribs: external ? { ...rest, rel: "noopener noreferrer" } : rest };
    },
  },
};

function isLibraryImage(src: string | undefined): boolean {
  return typeof src === "string" && /^\/media\/[^\s?#]+$/.test(src) && !src.includes("..");
}

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, options);
}

export function stripHtml(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
}
