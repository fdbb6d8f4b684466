import type { ChainedCommands, Editor, Extensions } from "@tiptap/core";
import Image from "@tiptap/extension-image";
import StarterKit from "@tiptap/starter-kit";

// The editor can only produce what lib/sanitize.ts keeps, so what an editor sees is what gets published.

const externalHref = /^https?:\/\//i;

// http(s) with a host, mailto: with an address, or a path on this site ("//host" and "/\host" are other sites).
export function isAllowedHref(href: string): boolean {
  if (/\s/.test(href)) return false;
  if (href.startsWith("/")) return !/^\/[/\\]/.test(href);
  if (/^mailto:[^@]+@[^@]+$/i.test(href)) return true;
  if (!externalHref.test(href)) return false;
  try {
    return new URL(href).hostname.length > 0;
  } catch {
    return false;
  }
}

// What an editor typed into the link field, completed the way they meant it ("example.pl", "jan@example.pl").
export function normalizeHref(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  const guessed = /^[a-z][a-z0-9+.-]*:|^\//i.test(value)
    ? value
    : /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/.test(value)
      ? `mailto:${value}`
      : /^[^\s/]+\.[a-z]{2,}(?:[/?#]\S*)?$/i.test(value)
        ? `https://${value}`
        : value;
  return isAllowedHref(guessed) ? guessed : null;
}

// The sanitizer sets this rel on external links and drops it elsewhere; the editor writes the same.
export function relFor(href: string): string | null {
  return externalHref.test(href) ? "noopener noreferrer" : null;
}

// Images only over https or from the site's media library: the sanitizer drops any other src.
export function isAllowedImageSrc(src: string): boolean {
  return /^https:\/\/[^\s/]/i.test(src) || /^\/media\/\S+$/.test(src);
}

const SafeImage = Image.extend({
  addAttributes() {
    return { src: { default: null }, alt: { default: null }, width: { default: null }, height: { default: null } };
  },
  parseHTML() {
    return [
      {
        tag: "img[src]",
        getAttrs: (element) => (isAllowedImageSrc(element.getAttribute("src") ?? "") ? null : false),
      },
    ];
  },
});

export const richTextExtensions: Extensions = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    heading: { levels: [2, 3] },
    link: {
      openOnClick: false,
      // An inclusive (autolinking) link mark would swallow whatever is typed after it.
      autolink: false,
      defaultProtocol: "https",
      HTMLAttributes: { target: null, rel: null, class: null },
      isAllowedUri: (url) => isAllowedHref(url),
      shouldAutoLink: (url) => isAllowedHref(url),
    },
  }),
  SafeImage.configure({ inline: false, allowBase64: false }),
];

// What each formatting button does to a command chain; the output test runs these very functions.
export const formatCommands = {
  paragraph: (chain: ChainedCommands) => chain.setParagraph(),
  heading2: (chain: ChainedCommands) => chain.toggleHeading({ level: 2 }),
  heading3: (chain: ChainedCommands) => chain.toggleHeading({ level: 3 }),
  bold: (chain: ChainedCommands) => chain.toggleBold(),
  italic: (chain: ChainedCommands) => chain.toggleItalic(),
  underline: (chain: ChainedCommands) => chain.toggleUnderline(),
  bulletList: (chain: ChainedCommands) => chain.toggleBulletList(),
  orderedList: (chain: ChainedCommands) => chain.toggleOrderedList(),
  blockquote: (chain: ChainedCommands) => chain.toggleBlockquote(),
  horizontalRule: (chain: ChainedCommands) => chain.setHorizontalRule(),
  undo: (chain: ChainedCommands) => chain.undo(),
  redo: (chain: ChainedCommands) => chain.redo(),
};

// Sets (or rewrites) the link on the selection; with nothing selected the address itself becomes the link text.
export function applyLink(editor: Editor, href: string): boolean {
  const attrs = { href, rel: relFor(href) };
  const chain = editor.chain();
  if (editor.state.selection.empty && !editor.isActive("link")) {
    return chain.insertContent({ type: "text", text: href, marks: [{ type: "link", attrs }] }).run();
  }
  return chain.extendMarkRange("link").setLink(attrs).run();
}

export function removeLink(editor: Editor): boolean {
  return editor.chain().extendMarkRange("link").unsetLink().run();
}

export function insertImage(
  editor: Editor,
  { src, alt, width, height }: { src: string; alt: string; width?: number | null; height?: number | null },
): boolean {
  if (!isAllowedImageSrc(src)) return false;
  return editor
    .chain()
    .setImage({ src, alt, width: width ?? undefined, height: height ?? undefined })
    .run();
}

// The form value: "" when empty so a required check on the server works, and without the empty
// paragraph TipTap keeps after a closing heading, list or image.
export function toFormValue(editor: Editor): string {
  return editor.isEmpty ? "" : editor.getHTML().replace(/(?:<p><\/p>)+$/, "");
}
