import { useEditorState, type Editor } from "@tiptap/react";
import { Fragment, useRef, useState, type KeyboardEvent } from "react";
import { RichTextIcon, type RichTextIconName } from "@/components/admin/rich-text/icons";
import type { RichTextEditorLabels } from "@/components/admin/rich-text/editor";
import { formatCommands } from "@/components/admin/rich-text/extensions";

interface Props {
  editor: Editor | null;
  labels: RichTextEditorLabels;
  dir?: "ltr" | "rtl" | "auto";
  onLink: () => void;
  onImage: () => void;
}

interface Item {
  name: RichTextIconName;
  run: () => void;
  pressed?: boolean;
  disabled?: boolean;
  groupEnd?: boolean;
}

function selectState({ editor }: { editor: Editor | null }) {
  if (!editor) return null;
  return {
    paragraph: editor.isActive("paragraph"),
    heading2: editor.isActive("heading", { level: 2 }),
    heading3: editor.isActive("heading", { level: 3 }),
    bold: editor.isActive("bold"),
    italic: editor.isActive("italic"),
    underline: editor.isActive("underline"),
    link: editor.isActive("link"),
    bulletList: editor.isActive("bulletList"),
    orderedList: editor.isActive("orderedList"),
    blockquote: editor.isActive("blockquote"),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

// The editor's formatting toolbar: one tab stop, arrow keys move between buttons (WAI-ARIA toolbar pattern).
export function RichTextToolbar({ editor, labels, dir, onLink, onImage }: Props) {
  const state = useEditorState({ editor, selector: selectState });
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const format = (name: keyof typeof formatCommands) => () => {
    if (editor) formatCommands[name](editor.chain().focus()).run();
  };

  const items: Item[] = [
    { name: "paragraph", pressed: !!state?.paragraph, run: format("paragraph") },
    { name: "heading2", pressed: !!state?.heading2, run: format("heading2") },
    { name: "heading3", pressed: !!state?.heading3, run: format("heading3"), groupEnd: true },
    { name: "bold", pressed: !!state?.bold, run: format("bold") },
    { name: "italic", pressed: !!state?.italic, run: format("italic") },
    { name: "underline", pressed: !!state?.underline, run: format("underline") },
    { name: "link", pressed: !!state?.link, run: onLink, groupEnd: true },
    { name: "bulletList", pressed: !!state?.bulletList, run: format("bulletList") },
    { name: "orderedList", pressed: !!state?.orderedList, run: format("orderedList") },
    { name: "blockquote", pressed: !!state?.blockquote, run: format("blockquote"), groupEnd: true },
    { name: "horizontalRule", run: format("horizontalRule") },
    { name: "image", run: onImage, groupEnd: true },
    { name: "undo", disabled: !state?.canUndo, run: format("undo") },
    { name: "redo", disabled: !state?.canRedo, run: format("redo") },
  ];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    let next: number | undefined;
    if (step) next = (current + (dir === "rtl" ? -step : step) + items.length) % items.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = items.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    setCurrent(next);
    buttons.current[next]?.focus();
  }

  return (
    <div
      role="toolbar"
      aria-label={labels.toolbar}
      aria-orientation="horizontal"
      onKeyDown={onKeyDown}
      className="flex flex-wrap items-center gap-1 border-b border-slate-300 bg-slate-50 p-1.5"
    >
      {items.map((item, index) => {
        // Unavailable buttons stay focusable (aria-disabled), as the toolbar pattern asks.
        const disabled = !editor || item.disabled;
        return (
          <Fragment key={item.name}>
            <button
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              tabIndex={index === current ? 0 : -1}
              aria-label={labels[item.name]}
              title={labels[item.name]}
              aria-pressed={item.pressed}
              aria-disabled={disabled || undefined}
              onFocus={() => setCurrent(index)}
              onClick={() => {
                if (!disabled) item.run();
              }}
              className="inline-flex h-10 w-10 items-center justify-center rounded-md border border-transparent text-slate-700 hover:bg-slate-200 hover:text-slate-900 aria-disabled:cursor-not-allowed aria-disabled:opacity-40 aria-pressed:border-brand-600 aria-pressed:bg-brand-100 aria-pressed:text-brand-800"
            >
              <RichTextIcon name={item.name} />
            </button>
            {item.groupEnd ? <span aria-hidden="true" className="mx-1 h-6 w-px bg-slate-300" /> : null}
          </Fragment>
        );
      })}
    </div>
  );
}
