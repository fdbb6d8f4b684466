import { getTranslations } from "next-intl/server";
import { type TranslationState } from "@/lib/data/admin/shared/translation-states";
import { Region, type SocialNetwork } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/locales";
import { type SectorKey, sectorKeys } from "@/lib/sectors";
import { socialNetworks } from "@/lib/validation/clusters";

const keys = [
  "languages",
  "source",
  "sourceHint",
  "noSource",
  "translationHint",
  "name",
  "shortDescription",
  "shortDescriptionHint",
  "description",
  "profile",
  "slug",
  "slugHint",
  "umbrella",
  "parent",
  "noParent",
  "parentHint",
  "trusted",
  "trustedHint",
  "logo",
  "noLogo",
  "logoHint",
  "region",
  "noRegion",
  "sectors",
  "foundedYear",
  "memberCount",
  "contact",
  "website",
  "websiteHint",
  "email",
  "phone",
  "address",
  "postalCode",
  "city",
  "social",
  "socialHint",
  "save",
  "saving",
] as const;

const states = ["published", "draft", "missing", "outdated"] as const satisfies readonly TranslationState[];

export type ClusterEditorLabels = Record<(typeof keys)[number], string> & {
  translationState: Record<TranslationState, string>;
  regionNames: Record<Region, string>;
  sectorNames: Record<SectorKey, string>;
  networkNames: Record<SocialNetwork, string>;
};

// The cluster editor's texts, translated on the server and handed to its client components.
export async function clusterEditorLabels(locale: AppLocale): Promise<ClusterEditorLabels> {
  const [t, tAdmin, tRegions, tSectors, tNetworks] = await Promise.all([
    getTranslations({ locale, namespace: "AdminClusters.editor" }),
    getTranslations({ locale, namespace: "Admin" }),
    getTranslations({ locale, namespace: "Regions" }),
    getTranslations({ locale, namespace: "Sectors" }),
    getTranslations({ locale, namespace: "AdminClusters.networks" }),
  ]);
  const pick = <K extends string>(list: readonly K[], translate: (key: K) => string) =>
    Object.fromEntries(list.map((key) => [key, translate(key)])) as Record<K, string>;
  return {
    ...pick(keys, (key) => t(key)),
    translationState: pick(states, (s) => tAdmin(`translationState.${s}`)),
    regionNames: pick(Object.values(Region), (r) => tRegions(r)),
    sectorNames: pick(sectorKeys, (s) => tSectors(s)),
    networkNames: pick(socialNetworks, (n) => tNetworks(n)),
  };
}
