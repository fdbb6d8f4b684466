"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { RichTextDialog } from "@/components/admin/rich-text/dialog";
import {
  applyLink,
  insertImage,
  isAllowedImageSrc,
  removeLink,
  richTextExtensions,
  toFormValue,
} from "@/components/admin/rich-text/extensions";
import { RichTextImagePicker } from "@/components/admin/rich-text/image-picker";
import { RichTextLinkForm } from "@/components/admin/rich-text/link-form";
import { RichTextToolbar } from "@/components/admin/rich-text/toolbar";

export interface RichTextEditorLabels {
  // Accessible names of the editing area and of the toolbar.
  editor: string;
  toolbar: string;
  paragraph: string;
  heading2: string;
  heading3: string;
  bold: string;
  italic: string;
  underline: string;
  link: string;
  bulletList: string;
  orderedList: string;
  blockquote: string;
  horizontalRule: string;
  image: string;
  undo: string;
  redo: string;
  linkDialogTitle: string;
  linkUrl: string;
  // Which addresses work: https://…, mailto:…, or a path on this site such as /pl/news/….
  linkUrlHint: string;
  linkInvalid: string;
  linkApply: string;
  linkRemove: string;
  imageDialogTitle: string;
  // Shown under a thumbnail whose image has no description.
  imageNoAlt: string;
  imageEmpty: string;
  cancel: string;
}

export interface RichTextImage {
  id: string;
  src: string;
  alt: string;
  width?: number | null;
  height?: number | null;
  // Resized copies for the picker's thumbnails (ImageDto.srcSet); the body gets src alone.
  srcSet?: string | null;
}

interface Props {
  name: string;
  defaultValue: string;
  labels: RichTextEditorLabels;
  images: RichTextImage[];
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
  lang?: string;
  dir?: "ltr" | "rtl" | "auto";
}

type Dialog = { kind: "link"; href: string } | { kind: "image" } | null;

// The public article look, plus the few rules of ProseMirror's own stylesheet, kept here rather than
// injected as a <style> tag so a strict style-src CSP needs no nonce.
const editableClass = [
  "prose-content relative min-h-64 px-4 py-3 whitespace-break-spaces wrap-break-word -outline-offset-4",
  "[&_.ProseMirror-selectednode]:outline-3 [&_.ProseMirror-selectednode]:outline-brand-600",
  "[&_.ProseMirror-gapcursor]:pointer-events-none [&_.ProseMirror-gapcursor]:absolute [&_.ProseMirror-gapcursor]:hidden",
  "[&.ProseMirror-focused_.ProseMirror-gapcursor]:block [&_.ProseMirror-gapcursor]:after:absolute",
  "[&_.ProseMirror-gapcursor]:after:-top-0.5 [&_.ProseMirror-gapcursor]:after:block [&_.ProseMirror-gapcursor]:after:w-5",
  "[&_.ProseMirror-gapcursor]:after:border-t [&_.ProseMirror-gapcursor]:after:border-slate-900",
].join(" ");

// Rich-text field for post bodies: TipTap limited to the sanitizer's allow-list, its HTML posted in a hidden input.
// defaultValue is read once: give it key={…} that changes only when the server hands back a body to show anew.
export function RichTextEditor({ name, defaultValue, labels, images, id, lang, dir, ...aria }: Props) {
  const [value, setValue] = useState(defaultValue);
  const [dialog, setDialog] = useState<Dialog>(null);
  const refocus = useRef(false);
  const describedBy = aria["aria-describedby"];
  const invalid = aria["aria-invalid"];

  const editorProps = useMemo(() => {
    const attributes: Record<string, string> = {
      "aria-label": labels.editor,
      "aria-multiline": "true",
      class: editableClass,
    };
    if (id) attributes.id = id;
    if (describedBy) attributes["aria-describedby"] = describedBy;
    if (invalid) attributes["aria-invalid"] = "true";
    if (lang) attributes.lang = lang;
    if (dir) attributes.dir = dir;
    return { attributes };
  }, [labels.editor, id, describedBy, invalid, lang, dir]);

  const editor = useEditor({
    extensions: richTextExtensions,
    content: defaultValue,
    immediatelyRender: false,
    injectCSS: false,
    editorProps,
    onCreate: ({ editor }) => setValue(toFormValue(editor)),
    onUpdate: ({ editor }) => setValue(toFormValue(editor)),
  });

  // The dialog hands focus back to the toolbar when it closes; after an edit the editor should have it.
  useEffect(() => {
    if (dialog || !refocus.current) return;
    refocus.current = false;
    editor?.commands.focus();
  }, [dialog, editor]);

  function openLink() {
    if (editor) setDialog({ kind: "link", href: String(editor.getAttributes("link").href ?? "") });
  }

  function finish(edit: (editor: Editor) => void) {
    if (editor) edit(editor);
    refocus.current = true;
    setDialog(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!(event.metaKey || event.ctrlKey) || event.key.toLowerCase() !== "k") return;
    event.preventDefault();
    openLink();
  }

  return (
    <>
      <div
        onKeyDown={onKeyDown}
        className={`rounded-md border bg-white ${invalid ? "border-red-700" : "border-slate-400"}`}
      >
        <RichTextToolbar
          editor={editor}
          labels={labels}
          dir={dir}
          onLink={openLink}
          onImage={() => setDialog({ kind: "image" })}
        />
        <EditorContent editor={editor} className="min-h-64" />
        <input type="hidden" name={name} value={value} />
      </div>
      <RichTextDialog open={dialog?.kind === "link"} title={labels.linkDialogTitle} onClose={() => setDialog(null)}>
        <RichTextLinkForm
          initialHref={dialog?.kind === "link" ? dialog.href : ""}
          canRemove={dialog?.kind === "link" && dialog.href !== ""}
          labels={labels}
          onApply={(href) => finish((editor) => applyLink(editor, href))}
          onRemove={() => finish(removeLink)}
          onCancel={() => setDialog(null)}
        />
      </RichTextDialog>
      <RichTextDialog open={dialog?.kind === "image"} title={labels.imageDialogTitle} onClose={() => setDialog(null)}>
        <RichTextImagePicker
          images={images.filter((image) => isAllowedImageSrc(image.src))}
          labels={labels}
          onPick={(image) => finish((editor) => insertImage(editor, image))}
          onCancel={() => setDialog(null)}
        />
      </RichTextDialog>
    </>
  );
}
