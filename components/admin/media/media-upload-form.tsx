"use client";

import { type FormEvent, useActionState, useState } from "react";
import { FormMessage, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { formatFileSize } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { idleForm, type FormState } from "@/lib/validation/form";
import { MediaAltFields, type MediaAltLabels } from "./media-alt-fields";

export interface MediaUploadLabels {
  file: string;
  fileHint: string;
  alts: MediaAltLabels;
  upload: string;
  uploading: string;
  notUploaded: string;
  tooLarge: string;
  unsupportedType: string;
  fileRequired: string;
  altRequired: string;
  /** Shown with the name and size of the file chosen before a failed upload. */
  chosenFile: string;
}

const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"];

// Uploads an image or PDF with its descriptions; obvious mistakes are caught before the bytes are sent.
export function MediaUploadForm({
  action,
  locale,
  accept,
  maxBytes,
  maxAltLength,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: AppLocale;
  accept: string;
  maxBytes: number;
  maxAltLength: number;
  labels: MediaUploadLabels;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  const [local, setLocal] = useState<{ errors: Record<string, string>; after: FormState } | null>(null);
  // A check made here stands until the server answers the next submission.
  const own = local && local.after === state ? local.errors : null;
  const errors = own ?? state.errors ?? {};
  const values = state.status === "error" ? (state.values ?? {}) : {};

  function check(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    const found: Record<string, string> = {};
    // Above the limit the server would refuse the request body outright, after a long upload.
    if (!(file instanceof File) || file.size === 0) found.file = labels.fileRequired;
    else if (file.size > maxBytes) found.file = labels.tooLarge;
    else if (file.type && !accept.split(",").includes(file.type)) found.file = labels.unsupportedType;
    else if (IMAGE_TYPES.includes(file.type) && !String(data.get("alts.pl") ?? "").trim()) {
      found["alts.pl"] = labels.altRequired;
    }
    const first = Object.keys(found)[0];
    if (!first) return setLocal(null);
    event.preventDefault();
    setLocal({ errors: found, after: state });
    (form.elements.namedItem(first) as HTMLElement | null)?.focus();
  }

  const fileError = errors.file;
  // A browser never refills a file input: after a failed upload, say which file it was.
  const chosen = state.status === "error" && !own ? state.files?.file : undefined;
  return (
    <form action={formAction} onSubmit={check} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage status={own ? "error" : state.status} message={own ? labels.notUploaded : state.message} />
      <div className="space-y-1">
        <label htmlFor="media-upload-file" className="block text-sm font-medium text-slate-800">
          {labels.file}
        </label>
        <input
          id="media-upload-file"
          name="file"
          type="file"
          accept={accept}
          className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1`}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "media-upload-file-error media-upload-file-hint" : "media-upload-file-hint"}
        />
        <p id="media-upload-file-hint" className="text-xs text-slate-600">
          {labels.fileHint}
        </p>
        {chosen && (
          <p className="text-sm text-slate-800" data-testid="chosen-file">
            {labels.chosenFile}{" "}
            <span className="font-medium">
              {chosen.name} ({formatFileSize(chosen.size, locale)})
            </span>
          </p>
        )}
        {fileError && (
          <p id="media-upload-file-error" className="text-sm font-medium text-red-700">
            {fileError}
          </p>
        )}
      </div>
      <MediaAltFields
        idPrefix="media-upload"
        labels={labels.alts}
        values={values}
        errors={errors}
        maxLength={maxAltLength}
      />
      <SubmitButton label={labels.upload} pendingLabel={labels.uploading} />
    </form>
  );
}
