import type { AppLocale } from "../../lib/i18n/locales";

// Facts of the real OKIP content as a visitor sees them, written out by hand (not imported
// from prisma/seed) so that a change to the seed or to the public URLs shows up as a failure.

export const OKIP_POST_ID = "post_okip_agreement_2015";

export const okipArticle: Record<AppLocale, { slug: string; title: string }> = {
  pl: {
    slug: "porozumienie-o-wspolpracy-miedzyklastrowej-z-klastrem-okip",
    title: "Porozumienie o współpracy międzyklastrowej z Klastrem OKIP",
  },
  en: {
    slug: "inter-cluster-cooperation-agreement-with-the-okip-cluster",
    title: "Inter-cluster cooperation agreement with the OKIP Cluster",
  },
  de: {
    slug: "vereinbarung-ueber-clusteruebergreifende-zusammenarbeit-mit-dem-cluster-okip",
    title: "Vereinbarung über clusterübergreifende Zusammenarbeit mit dem Cluster OKIP",
  },
  fr: {
    slug: "accord-de-cooperation-inter-clusters-avec-le-cluster-okip",
    title: "Accord de coopération inter-clusters avec le cluster OKIP",
  },
  ru: {
    slug: "soglashenie-o-mezhklasternom-sotrudnichestve-s-klasterom-okip",
    title: "Соглашение о межкластерном сотрудничестве с кластером OKIP",
  },
};

export const OKIP_PUBLISHED_AT = "2015-06-24T08:00:00.000Z";

export const OKIP_AGREEMENT_SLUG = "porozumienie-okip-2015";

export const okipAgreementTitle: Record<AppLocale, string> = {
  pl: "Porozumienie o współpracy międzyklastrowej OKIP",
  en: "OKIP inter-cluster cooperation agreement",
  de: "OKIP-Vereinbarung über clusterübergreifende Zusammenarbeit",
  fr: "Accord de coopération inter-clusters de l'OKIP",
  ru: "Соглашение OKIP о межкластерном сотрудничестве",
};

export const okipSignatoryRole: Record<AppLocale, string> = {
  pl: "prezes",
  en: "President",
  de: "Präsident",
  fr: "président",
  ru: "президент",
};

export const OKIP_NAME = "Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (OKIP)";

// The five Silesian signatories, in the order of the article and of the agreement's parties.
export const memberSlugs = [
  "jastrzebski-klaster-innowacji",
  "pikmed",
  "klaster-innowacyjne-regiony",
  "polski-klaster-weterynaryjny",
  "klaster-for-africa",
] as const;

export const okipTagNames: Record<"agreements" | "cooperation", Record<AppLocale, string>> = {
  agreements: { pl: "Porozumienia", en: "Agreements", de: "Vereinbarungen", fr: "Accords", ru: "Соглашения" },
  cooperation: { pl: "Współpraca", en: "Cooperation", de: "Zusammenarbeit", fr: "Coopération", ru: "Сотрудничество" },
};
