import { toParagraphs } from "./html";
import type { Localized, PartiallyLocalized } from "./types";
import type { ClusterSeed } from "./writers";

// Fictional clusters for trying the portal out. Every name starts with "[Demo]",
// every address uses the reserved .example domain.

const disclaimer: Localized = {
  pl: "To fikcyjny klaster demonstracyjny, dodany wyłącznie do testowania portalu.",
  en: "This is a fictional demo cluster, added only to test the portal.",
  de: "Dies ist ein fiktiver Demo-Cluster, der nur zum Testen des Portals angelegt wurde.",
  fr: "Ceci est un cluster de démonstration fictif, ajouté uniquement pour tester le portail.",
  ru: "Это вымышленный демонстрационный кластер, добавленный только для тестирования портала.",
};

type Texts = PartiallyLocalized<{ name: string; about: string }>;

function demoCluster(seed: Omit<ClusterSeed, "isDemo" | "translations">, texts: Texts): ClusterSeed {
  const translations: ClusterSeed["translations"] = {
    pl: {
      name: texts.pl.name,
      shortDescription: texts.pl.about,
      description: toParagraphs([texts.pl.about, disclaimer.pl]),
    },
  };
  for (const locale of ["en", "de", "fr", "ru"] as const) {
    const text = texts[locale];
    if (text) {
      translations[locale] = {
        name: text.name,
        shortDescription: text.about,
        description: toParagraphs([text.about, disclaimer[locale]]),
      };
    }
  }
  return { ...seed, isDemo: true, translations };
}

export const demoClusters: readonly ClusterSeed[] = [
  demoCluster(
    {
      id: "cluster_demo_energia_pomorze",
      slug: "demo-klaster-energii-pomorze",
      region: "pomorskie",
      city: "Gdańsk",
      website: "https://energia-pomorze.example",
      email: "kontakt@energia-pomorze.example",
      foundedYear: 2014,
      memberCount: 38,
      sectors: ["energy", "environment"],
    },
    {
      pl: {
        name: "[Demo] Klaster Energii Pomorze",
        about: "Przykładowy klaster firm z branży odnawialnych źródeł energii.",
      },
      en: { name: "[Demo] Klaster Energii Pomorze", about: "A sample cluster of renewable energy companies." },
      de: {
        name: "[Demo] Klaster Energii Pomorze",
        about: "Ein Beispielcluster von Unternehmen der erneuerbaren Energien.",
      },
      fr: {
        name: "[Demo] Klaster Energii Pomorze",
        about: "Un cluster d'exemple réunissant des entreprises des énergies renouvelables.",
      },
      ru: {
        name: "[Demo] Klaster Energii Pomorze",
        about: "Пример кластера компаний в сфере возобновляемой энергетики.",
      },
    },
  ),
  demoCluster(
    {
      id: "cluster_demo_ict_mazowsze",
      slug: "demo-klaster-ict-mazowsze",
      region: "mazowieckie",
      city: "Warszawa",
      website: "https://ict-mazowsze.example",
      memberCount: 52,
      sectors: ["ict", "creative"],
    },
    {
      pl: { name: "[Demo] Klaster ICT Mazowsze", about: "Przykładowy klaster firm informatycznych i kreatywnych." },
      en: { name: "[Demo] Klaster ICT Mazowsze", about: "A sample cluster of IT and creative companies." },
      de: { name: "[Demo] Klaster ICT Mazowsze", about: "Ein Beispielcluster von IT- und Kreativunternehmen." },
    },
  ),
  demoCluster(
    {
      id: "cluster_demo_agro_lubelszczyzna",
      slug: "demo-klaster-rolno-spozywczy-lubelszczyzna",
      region: "lubelskie",
      city: "Lublin",
      foundedYear: 2012,
      sectors: ["agrifood", "logistics"],
    },
    {
      pl: {
        name: "[Demo] Klaster Rolno-Spożywczy Lubelszczyzna",
        about: "Przykładowy klaster producentów żywności i firm logistycznych.",
      },
      en: {
        name: "[Demo] Klaster Rolno-Spożywczy Lubelszczyzna",
        about: "A sample cluster of food producers and logistics firms.",
      },
    },
  ),
  demoCluster(
    {
      id: "cluster_demo_budownictwo_wielkopolska",
      slug: "demo-klaster-budowlany-wielkopolska",
      region: "wielkopolskie",
      city: "Poznań",
      address: "ul. Przykładowa 1",
      postalCode: "00-000",
      email: "biuro@budownictwo-wielkopolska.example",
      sectors: ["construction", "manufacturing"],
    },
    {
      pl: {
        name: "[Demo] Klaster Budowlany Wielkopolska",
        about: "Przykładowy klaster firm budowlanych i producentów materiałów.",
      },
      en: {
        name: "[Demo] Klaster Budowlany Wielkopolska",
        about: "A sample cluster of construction firms and materials makers.",
      },
      fr: {
        name: "[Demo] Klaster Budowlany Wielkopolska",
        about: "Un cluster d'exemple d'entreprises du bâtiment et de fabricants de matériaux.",
      },
    },
  ),
  demoCluster(
    {
      id: "cluster_demo_turystyka_malopolska",
      slug: "demo-klaster-turystyczny-malopolska",
      region: "malopolskie",
      city: "Kraków",
      website: "https://turystyka-malopolska.example",
      foundedYear: 2017,
      memberCount: 21,
      sectors: ["tourism", "creative"],
    },
    {
      pl: {
        name: "[Demo] Klaster Turystyczny Małopolska",
        about: "Przykładowy klaster biur podróży, hoteli i przewodników.",
      },
      en: {
        name: "[Demo] Klaster Turystyczny Małopolska",
        about: "A sample cluster of travel agencies, hotels and guides.",
      },
      ru: { name: "[Demo] Klaster Turystyczny Małopolska", about: "Пример кластера турагентств, гостиниц и гидов." },
    },
  ),
  demoCluster(
    {
      id: "cluster_demo_chemia_dolny_slask",
      slug: "demo-klaster-chemiczny-dolny-slask",
      region: "dolnoslaskie",
      city: "Wrocław",
      sectors: ["chemistry", "manufacturing", "environment"],
    },
    {
      pl: {
        name: "[Demo] Klaster Chemiczny Dolny Śląsk",
        about: "Przykładowy klaster zakładów chemicznych i laboratoriów.",
      },
      en: {
        name: "[Demo] Klaster Chemiczny Dolny Śląsk",
        about: "A sample cluster of chemical plants and laboratories.",
      },
    },
  ),
];

// Short place labels of the demo clusters, used in generated post titles (same order).
export const demoPlaces = [
  "Pomorze",
  "Mazowsze",
  "Lubelszczyzna",
  "Wielkopolska",
  "Małopolska",
  "Dolny Śląsk",
] as const;
