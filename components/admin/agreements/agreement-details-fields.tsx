"use client";

import { useState } from "react";
import { type AgreementEditorOptions } from "@/lib/data/admin/agreements/queries";
import { SelectField, TextField } from "@/components/forms/field";
import type { AgreementEditorLabels } from "./agreement-labels";

// The agreement's own facts: day and place of signing, address, document (with a link to the chosen
// PDF) and areas of cooperation.
export function AgreementDetailsFields({
  value,
  storedAreaIds,
  options,
  errors,
  labels,
}: {
  value: { signedAt: string; place: string; slug: string; documentId: string; areaIds: string[] };
  storedAreaIds: string[];
  options: AgreementEditorOptions;
  errors: Record<string, string>;
  labels: AgreementEditorLabels;
}) {
  const [documentId, setDocumentId] = useState(value.documentId);
  const document = options.documents.find((d) => d.id === documentId);
  // The checked areas are submitted in list order, which is their order on the page: the agreement's
  // own areas come first, as stored, so saving never reorders them.
  const areas = [
    ...storedAreaIds.flatMap((id) => options.areas.filter((a) => a.id === id)),
    ...options.areas.filter((a) => !storedAreaIds.includes(a.id)),
  ];

  return (
    <div className="space-y-5">
      <h2 className="text-lg font-semibold text-slate-900">{labels.details}</h2>
      <TextField
        name="signedAt"
        type="date"
        label={labels.signedAt}
        defaultValue={value.signedAt}
        error={errors.signedAt}
        required
      />
      <TextField name="place" label={labels.place} defaultValue={value.place} error={errors.place} required />
      <TextField
        name="slug"
        label={labels.slug}
        hint={labels.slugHint}
        defaultValue={value.slug}
        error={errors.slug}
        spellCheck={false}
        autoCapitalize="off"
      />
      <div className="space-y-1">
        <SelectField
          name="documentId"
          label={labels.document}
          hint={labels.documentHint}
          error={errors.documentId}
          defaultValue={value.documentId}
          onChange={setDocumentId}
          none={labels.noDocument}
          options={options.documents.map((d) => ({ value: d.id, label: d.fileName }))}
        />
        {document && (
          <a
            href={document.url}
            target="_blank"
            rel="noopener"
            className="inline-block text-sm font-medium text-brand-700 underline underline-offset-2"
          >
            {labels.openDocument}
          </a>
        )}
      </div>
      <fieldset aria-describedby="areas-hint">
        <legend className="text-sm font-medium text-slate-800">{labels.areas}</legend>
        <p id="areas-hint" className="text-xs text-slate-600">
          {labels.areasHint}
        </p>
        {areas.length === 0 ? (
          <p className="mt-1 text-sm text-slate-700">{labels.noAreas}</p>
        ) : (
          <div className="mt-1 max-h-72 space-y-1 overflow-auto rounded-md border border-slate-200 p-2">
            {areas.map((area) => (
              <label key={area.id} className="flex items-start gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="areaIds"
                  value={area.id}
                  defaultChecked={value.areaIds.includes(area.id)}
                  className="mt-1"
                />
                {area.name}
              </label>
            ))}
          </div>
        )}
        {errors.areaIds && <p className="mt-1 text-sm font-medium text-red-700">{errors.areaIds}</p>}
      </fieldset>
    </div>
  );
}
