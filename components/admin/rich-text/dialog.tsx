import { useEffect, useId, useRef, type ReactNode } from "react";

export const dialogButton =
  "rounded-md border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-100";
export const dialogPrimaryButton = "rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800";

interface Props {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

// A modal <dialog> for the editor's link and image forms: the browser traps focus, closes on Escape
// and hands focus back to the toolbar button. Its fields have no name, so the outer form never submits them.
export function RichTextDialog({ open, title, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-[min(42rem,calc(100vw-2rem))] rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="max-h-[85vh] overflow-y-auto p-5">
        <h2 id={titleId} className="mb-4 text-lg font-semibold">
          {title}
        </h2>
        {open ? children : null}
      </div>
    </dialog>
  );
}
