"use client";

import { TextField } from "@/components/forms/field";
import type { SocialNetwork } from "@/lib/generated/prisma/enums";
import { socialNetworks } from "@/lib/validation/clusters";
import type { ClusterEditorLabels } from "./cluster-labels";

export interface ClusterContactValue {
  website: string;
  email: string;
  phone: string;
  address: string;
  postalCode: string;
  city: string;
  socialLinks: Record<SocialNetwork, string>;
}

// How to reach a cluster: website, e-mail, phone, postal address and social media profiles.
export function ClusterContactFields({
  value,
  errors,
  labels,
}: {
  value: ClusterContactValue;
  errors: Record<string, string>;
  labels: ClusterEditorLabels;
}) {
  const noSpelling = { spellCheck: false, autoCapitalize: "off" } as const;
  return (
    <div className="space-y-5">
      <h2 className="text-lg font-semibold text-slate-900">{labels.contact}</h2>
      <TextField
        name="website"
        type="url"
        label={labels.website}
        hint={labels.websiteHint}
        defaultValue={value.website}
        error={errors.website}
        {...noSpelling}
      />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        defaultValue={value.email}
        error={errors.email}
        autoComplete="off"
        {...noSpelling}
      />
      <TextField
        name="phone"
        type="tel"
        label={labels.phone}
        defaultValue={value.phone}
        error={errors.phone}
        autoComplete="off"
      />
      <TextField name="address" label={labels.address} defaultValue={value.address} error={errors.address} />
      <div className="grid grid-cols-[7rem_minmax(0,1fr)] gap-3">
        <TextField
          name="postalCode"
          label={labels.postalCode}
          defaultValue={value.postalCode}
          error={errors.postalCode}
          inputMode="numeric"
        />
        <TextField name="city" label={labels.city} defaultValue={value.city} error={errors.city} />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{labels.social}</legend>
        <p className="text-xs text-slate-600">{labels.socialHint}</p>
        {socialNetworks.map((network) => (
          <TextField
            key={network}
            name={`socialLinks.${network}`}
            type="url"
            label={labels.networkNames[network]}
            defaultValue={value.socialLinks[network]}
            error={errors[`socialLinks.${network}`]}
            {...noSpelling}
          />
        ))}
      </fieldset>
    </div>
  );
}
