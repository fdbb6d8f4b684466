import { useId, useState, type KeyboardEvent } from "react";
import { dialogButton, dialogPrimaryButton } from "@/components/admin/rich-text/dialog";
import type { RichTextEditorLabels } from "@/components/admin/rich-text/editor";
import { normalizeHref } from "@/components/admin/rich-text/extensions";

interface Props {
  initialHref: string;
  canRemove: boolean;
  labels: RichTextEditorLabels;
  onApply: (href: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}

// The link dialog's content: address field with its hint and error, apply / remove / cancel.
export function RichTextLinkForm({ initialHref, canRemove, labels, onApply, onRemove, onCancel }: Props) {
  const [value, setValue] = useState(initialHref);
  const [invalid, setInvalid] = useState(false);
  const id = useId();

  function apply() {
    const href = normalizeHref(value);
    if (href) onApply(href);
    else setInvalid(true);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter would otherwise submit the post form this editor sits in.
    if (event.key !== "Enter") return;
    event.preventDefault();
    apply();
  }

  return (
    <div className="space-y-3">
      <label htmlFor={`${id}-url`} className="block text-sm font-medium text-slate-800">
        {labels.linkUrl}
      </label>
      <input
        id={`${id}-url`}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setInvalid(false);
        }}
        onKeyDown={onKeyDown}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
        className="block w-full rounded-md border border-slate-400 px-3 py-2 text-slate-900 aria-invalid:border-red-700"
      />
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {labels.linkUrlHint}
      </p>
      {invalid ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {labels.linkInvalid}
        </p>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2 pt-2">
        <button type="button" onClick={onCancel} className={dialogButton}>
          {labels.cancel}
        </button>
        {canRemove ? (
          <button type="button" onClick={onRemove} className={dialogButton}>
            {labels.linkRemove}
          </button>
        ) : null}
        <button type="button" onClick={apply} className={dialogPrimaryButton}>
          {labels.linkApply}
        </button>
      </div>
    </div>
  );
}
