"use client";

import { useState } from "react";
import { SelectField, TextField } from "@/components/forms/field";
import type { ClusterEditorOptions } from "@/lib/data/admin/clusters/queries";
import { Region } from "@/lib/generated/prisma/enums";
import { sectorKeys } from "@/lib/sectors";
import { choiceOptions, imageOptions } from "../shared/options";
import type { ClusterEditorLabels } from "./cluster-labels";

export interface ClusterProfileValue {
  slug: string;
  isUmbrella: boolean;
  trusted: boolean;
  parentId: string;
  logoId: string;
  region: string;
  foundedYear: string;
  memberCount: string;
  sectors: string[];
}

// The cluster's own facts: logo, region, sectors and size; for editors also its address on the
// site, its place in the network and whether its members publish without review.
export function ClusterProfileFields({
  value,
  options,
  errors,
  labels,
  editorFields,
}: {
  value: ClusterProfileValue;
  options: ClusterEditorOptions;
  errors: Record<string, string>;
  labels: ClusterEditorLabels;
  editorFields: boolean;
}) {
  const [logoId, setLogoId] = useState(value.logoId);
  const logo = options.images.find((image) => image.id === logoId);

  return (
    <div className="space-y-5">
      <h2 className="text-lg font-semibold text-slate-900">{labels.profile}</h2>
      {editorFields && (
        <>
          <TextField
            name="slug"
            label={labels.slug}
            hint={labels.slugHint}
            defaultValue={value.slug}
            error={errors.slug}
            spellCheck={false}
            autoCapitalize="off"
          />
          <div>
            <label className="flex items-start gap-2 text-sm font-medium text-slate-800">
              <input
                type="checkbox"
                name="isUmbrella"
                defaultChecked={value.isUmbrella}
                className="mt-0.5 h-4 w-4"
                aria-describedby={errors.isUmbrella ? "field-isUmbrella-error" : undefined}
                aria-invalid={errors.isUmbrella ? true : undefined}
              />
              {labels.umbrella}
            </label>
            {errors.isUmbrella && (
              <p id="field-isUmbrella-error" className="mt-1 text-sm font-medium text-red-700">
                {errors.isUmbrella}
              </p>
            )}
          </div>
          <SelectField
            name="parentId"
            label={labels.parent}
            hint={labels.parentHint}
            error={errors.parentId}
            defaultValue={value.parentId}
            none={labels.noParent}
            options={choiceOptions(options.parents)}
          />
          <div>
            <input type="hidden" name="trustedField" value="1" />
            <label className="flex items-start gap-2 text-sm font-medium text-slate-800">
              <input
                type="checkbox"
                name="trusted"
                defaultChecked={value.trusted}
                className="mt-0.5 h-4 w-4"
                aria-describedby="field-trusted-hint"
              />
              {labels.trusted}
            </label>
            <p id="field-trusted-hint" className="mt-1 text-sm text-slate-600">
              {labels.trustedHint}
            </p>
          </div>
        </>
      )}
      <div className="space-y-2">
        <SelectField
          name="logoId"
          label={labels.logo}
          hint={labels.logoHint}
          error={errors.logoId}
          defaultValue={value.logoId}
          onChange={setLogoId}
          none={labels.noLogo}
          options={imageOptions(options.images)}
        />
        {logo && (
          // eslint-disable-next-line @next/next/no-img-element -- stored media come with their own resized variants
          <img
            src={logo.src}
            alt={logo.alt}
            width={logo.width}
            height={logo.height}
            className="h-20 w-20 rounded-md border border-slate-200 object-contain"
          />
        )}
      </div>
      <SelectField
        name="region"
        label={labels.region}
        error={errors.region}
        defaultValue={value.region}
        none={labels.noRegion}
        options={Object.values(Region).map((r) => ({ value: r, label: labels.regionNames[r] }))}
      />
      <fieldset aria-describedby={errors.sectors ? "field-sectors-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{labels.sectors}</legend>
        <div className="mt-1 max-h-56 space-y-1 overflow-auto rounded-md border border-slate-200 p-2">
          {sectorKeys.map((s) => (
            <label key={s} className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name="sectors"
                value={s}
                defaultChecked={value.sectors.includes(s)}
                className="mt-1"
              />
              {labels.sectorNames[s]}
            </label>
          ))}
        </div>
        {errors.sectors && (
          <p id="field-sectors-error" className="mt-1 text-sm font-medium text-red-700">
            {errors.sectors}
          </p>
        )}
      </fieldset>
      <div className="grid grid-cols-2 gap-3">
        <TextField
          name="foundedYear"
          type="number"
          inputMode="numeric"
          label={labels.foundedYear}
          defaultValue={value.foundedYear}
          error={errors.foundedYear}
        />
        <TextField
          name="memberCount"
          type="number"
          inputMode="numeric"
          label={labels.memberCount}
          defaultValue={value.memberCount}
          error={errors.memberCount}
        />
      </div>
    </div>
  );
}
