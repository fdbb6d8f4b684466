import "server-only";
import { getTranslations } from "next-intl/server";
import { Region, type SocialNetwork } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/locales";
import { pickLabels } from "@/lib/i18n/labels";
import { type SectorKey, sectorKeys } from "@/lib/sectors";
import { socialNetworks } from "@/lib/validation/clusters";
import type { RichTextEditorLabels } from "../rich-text/editor";
import { editorShellLabels, type EditorShellLabels, richTextLabels } from "../shared/editor-labels";

const keys = [
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
] as const;

export type ClusterEditorLabels = Record<(typeof keys)[number], string> & {
  shell: EditorShellLabels;
  richText: RichTextEditorLabels;
  regionNames: Record<Region, string>;
  sectorNames: Record<SectorKey, string>;
  networkNames: Record<SocialNetwork, string>;
};

// The cluster editor's texts, translated on the server and handed to its client components.
export async function clusterEditorLabels(locale: AppLocale): Promise<ClusterEditorLabels> {
  const [t, tRegions, tSectors, tNetworks, shell, richText] = await Promise.all([
    getTranslations({ locale, namespace: "AdminClusters.editor" }),
    getTranslations({ locale, namespace: "Regions" }),
    getTranslations({ locale, namespace: "Sectors" }),
    getTranslations({ locale, namespace: "AdminClusters.networks" }),
    editorShellLabels(locale),
    richTextLabels(locale),
  ]);
  return {
    ...pickLabels(keys, (key) => t(key)),
    shell,
    richText,
    regionNames: pickLabels(Object.values(Region), (r) => tRegions(r)),
    sectorNames: pickLabels(sectorKeys, (s) => tSectors(s)),
    networkNames: pickLabels(socialNetworks, (n) => tNetworks(n)),
  };
}
