import { toParagraphs } from "./html";
import type { Localized, PartiallyLocalized } from "./types";
import type { AgreementSeed } from "./writers";

// Fictional agreements between the demo clusters, and the demo tags.

// Two fictional agreements between demo clusters, by cluster index.
export const demoAgreements: readonly {
  seed: AgreementSeed;
  parties: readonly number[];
  areaKeys: readonly string[];
}[] = [
  {
    parties: [0, 1],
    areaKeys: ["joint-projects", "knowledge-transfer", "mutual-promotion"],
    seed: {
      id: "agreement_demo_energia_ict",
      slug: "demo-porozumienie-energia-ict-2019",
      signedAt: new Date("2019-04-10T00:00:00Z"),
      place: "Gdańsk",
      isDemo: true,
      translations: {
        pl: {
          title: "[Demo] Porozumienie klastrów energii i ICT",
          summary: "Przykładowe porozumienie dwóch fikcyjnych klastrów, dodane do testowania portalu.",
          body: toParagraphs([
            "Przykładowe porozumienie o wspólnych projektach i wymianie wiedzy. Nie opisuje rzeczywistej umowy.",
          ]),
        },
        en: {
          title: "[Demo] Energy and ICT clusters agreement",
          summary: "A sample agreement between two fictional clusters, added to test the portal.",
          body: toParagraphs([
            "A sample agreement on joint projects and knowledge exchange. It does not describe a real agreement.",
          ]),
        },
        de: {
          title: "[Demo] Vereinbarung der Energie- und IKT-Cluster",
          summary: "Eine Beispielvereinbarung zweier fiktiver Cluster, angelegt zum Testen des Portals.",
          body: toParagraphs([
            "Eine Beispielvereinbarung über gemeinsame Projekte und Wissensaustausch. Sie beschreibt keine echte Vereinbarung.",
          ]),
        },
      },
    },
  },
  {
    parties: [2, 4, 5],
    areaKeys: ["training-events", "joint-offers"],
    seed: {
      id: "agreement_demo_agro_turystyka",
      slug: "demo-porozumienie-agro-turystyka-2023",
      signedAt: new Date("2023-09-20T00:00:00Z"),
      place: "Lublin",
      isDemo: true,
      translations: {
        pl: {
          title: "[Demo] Porozumienie klastrów rolno-spożywczego, turystycznego i chemicznego",
          summary: "Przykładowe porozumienie trzech fikcyjnych klastrów, dodane do testowania portalu.",
          body: toParagraphs([
            "Przykładowe porozumienie o wspólnych szkoleniach i ofertach. Nie opisuje rzeczywistej umowy.",
          ]),
        },
        en: {
          title: "[Demo] Agri-food, tourism and chemistry clusters agreement",
          summary: "A sample agreement between three fictional clusters, added to test the portal.",
          body: toParagraphs([
            "A sample agreement on joint training and offers. It does not describe a real agreement.",
          ]),
        },
      },
    },
  },
];

// The demo signatory of the first demo agreement's first party.
export const demoSignatory = {
  name: "[Demo] Jan Przykładowy",
  roles: { pl: "[Demo] prezes zarządu", en: "[Demo] Chair of the Board" } satisfies PartiallyLocalized,
};

// Demo tags; slugs are language-neutral like the real ones.
export const demoTags: readonly { id: string; slug: string; names: Localized }[] = [
  {
    id: "tag_demo_events",
    slug: "demo-events",
    names: {
      pl: "[Demo] Wydarzenia",
      en: "[Demo] Events",
      de: "[Demo] Veranstaltungen",
      fr: "[Demo] Événements",
      ru: "[Demo] Мероприятия",
    },
  },
  {
    id: "tag_demo_projects",
    slug: "demo-projects",
    names: {
      pl: "[Demo] Projekty",
      en: "[Demo] Projects",
      de: "[Demo] Projekte",
      fr: "[Demo] Projets",
      ru: "[Demo] Проекты",
    },
  },
  {
    id: "tag_demo_members",
    slug: "demo-members",
    names: {
      pl: "[Demo] Członkowie",
      en: "[Demo] Members",
      de: "[Demo] Mitglieder",
      fr: "[Demo] Membres",
      ru: "[Demo] Участники",
    },
  },
  {
    id: "tag_demo_trade_fairs",
    slug: "demo-trade-fairs",
    names: {
      pl: "[Demo] Targi",
      en: "[Demo] Trade fairs",
      de: "[Demo] Messen",
      fr: "[Demo] Salons",
      ru: "[Demo] Выставки",
    },
  },
];
