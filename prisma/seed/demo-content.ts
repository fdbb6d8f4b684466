import type { Localized, PartiallyLocalized } from "./types";

// Templates of the generated demo posts: obviously fictional, short, in every language.

export interface DemoText {
  title: (place: string, n: number) => string;
  lead: (place: string) => string;
}

export interface DemoTemplate {
  tagSlugs: readonly string[];
  text: Localized<DemoText>;
}

export const demoPostDisclaimer: Localized = {
  pl: "To przykładowy wpis demonstracyjny, wygenerowany automatycznie do testowania portalu. Nie opisuje rzeczywistego wydarzenia.",
  en: "This is an automatically generated demo post used to test the portal. It does not describe a real event.",
  de: "Dies ist ein automatisch erzeugter Demo-Beitrag zum Testen des Portals. Er beschreibt kein reales Ereignis.",
  fr: "Ceci est un article de démonstration généré automatiquement pour tester le portail. Il ne décrit pas un événement réel.",
  ru: "Это автоматически созданная демонстрационная запись для тестирования портала. Она не описывает реальное событие.",
};

export const demoTemplates: readonly DemoTemplate[] = [
  {
    tagSlugs: ["demo-events"],
    text: {
      pl: {
        title: (p, n) => `[Demo] Warsztaty innowacji – ${p}, wpis ${n}`,
        lead: (p) => `Członkowie klastra ${p} wzięli udział w warsztatach o wdrażaniu innowacji w małych firmach.`,
      },
      en: {
        title: (p, n) => `[Demo] Innovation workshop – ${p}, post ${n}`,
        lead: (p) => `Members of the ${p} cluster took part in a workshop on bringing innovation into small firms.`,
      },
      de: {
        title: (p, n) => `[Demo] Innovationsworkshop – ${p}, Beitrag ${n}`,
        lead: (p) =>
          `Mitglieder des Clusters ${p} nahmen an einem Workshop zur Einführung von Innovationen in kleinen Unternehmen teil.`,
      },
      fr: {
        title: (p, n) => `[Demo] Atelier d'innovation – ${p}, article ${n}`,
        lead: (p) =>
          `Les membres du cluster ${p} ont participé à un atelier sur l'innovation dans les petites entreprises.`,
      },
      ru: {
        title: (p, n) => `[Demo] Семинар по инновациям – ${p}, запись ${n}`,
        lead: (p) => `Участники кластера ${p} приняли участие в семинаре по внедрению инноваций в малых компаниях.`,
      },
    },
  },
  {
    tagSlugs: ["demo-events", "demo-members"],
    text: {
      pl: {
        title: (p, n) => `[Demo] Spotkanie sieciujące – ${p}, wpis ${n}`,
        lead: (p) => `Firmy z klastra ${p} spotkały się, aby się poznać i omówić możliwą współpracę.`,
      },
      en: {
        title: (p, n) => `[Demo] Networking meeting – ${p}, post ${n}`,
        lead: (p) => `Companies from the ${p} cluster met to get to know each other and discuss possible cooperation.`,
      },
      de: {
        title: (p, n) => `[Demo] Netzwerktreffen – ${p}, Beitrag ${n}`,
        lead: (p) =>
          `Unternehmen des Clusters ${p} trafen sich, um einander kennenzulernen und eine mögliche Zusammenarbeit zu besprechen.`,
      },
      fr: {
        title: (p, n) => `[Demo] Rencontre de réseautage – ${p}, article ${n}`,
        lead: (p) =>
          `Des entreprises du cluster ${p} se sont réunies pour faire connaissance et discuter d'une possible coopération.`,
      },
      ru: {
        title: (p, n) => `[Demo] Встреча для нетворкинга – ${p}, запись ${n}`,
        lead: (p) => `Компании кластера ${p} встретились, чтобы познакомиться и обсудить возможное сотрудничество.`,
      },
    },
  },
  {
    tagSlugs: ["demo-members"],
    text: {
      pl: {
        title: (p, n) => `[Demo] Nowi członkowie klastra – ${p}, wpis ${n}`,
        lead: (p) => `Do klastra ${p} dołączyły nowe przykładowe firmy.`,
      },
      en: {
        title: (p, n) => `[Demo] New cluster members – ${p}, post ${n}`,
        lead: (p) => `New sample companies have joined the ${p} cluster.`,
      },
      de: {
        title: (p, n) => `[Demo] Neue Clustermitglieder – ${p}, Beitrag ${n}`,
        lead: (p) => `Dem Cluster ${p} sind neue Beispielunternehmen beigetreten.`,
      },
      fr: {
        title: (p, n) => `[Demo] Nouveaux membres du cluster – ${p}, article ${n}`,
        lead: (p) => `De nouvelles entreprises fictives ont rejoint le cluster ${p}.`,
      },
      ru: {
        title: (p, n) => `[Demo] Новые участники кластера – ${p}, запись ${n}`,
        lead: (p) => `К кластеру ${p} присоединились новые условные компании.`,
      },
    },
  },
  {
    tagSlugs: ["demo-projects"],
    text: {
      pl: {
        title: (p, n) => `[Demo] Start wspólnego projektu – ${p}, wpis ${n}`,
        lead: (p) => `Klaster ${p} rozpoczął przykładowy projekt badawczo-rozwojowy z udziałem kilku członków.`,
      },
      en: {
        title: (p, n) => `[Demo] Joint project launched – ${p}, post ${n}`,
        lead: (p) => `The ${p} cluster has launched a sample R&D project involving several members.`,
      },
      de: {
        title: (p, n) => `[Demo] Gemeinsames Projekt gestartet – ${p}, Beitrag ${n}`,
        lead: (p) =>
          `Der Cluster ${p} hat ein Beispielprojekt für Forschung und Entwicklung mit mehreren Mitgliedern gestartet.`,
      },
      fr: {
        title: (p, n) => `[Demo] Lancement d'un projet commun – ${p}, article ${n}`,
        lead: (p) => `Le cluster ${p} a lancé un projet de R&D fictif associant plusieurs membres.`,
      },
      ru: {
        title: (p, n) => `[Demo] Запуск совместного проекта – ${p}, запись ${n}`,
        lead: (p) => `Кластер ${p} запустил условный научно-исследовательский проект с участием нескольких членов.`,
      },
    },
  },
  {
    tagSlugs: ["demo-trade-fairs", "demo-events"],
    text: {
      pl: {
        title: (p, n) => `[Demo] Klaster na targach – ${p}, wpis ${n}`,
        lead: (p) => `Przedstawiciele klastra ${p} zaprezentowali ofertę członków na przykładowych targach branżowych.`,
      },
      en: {
        title: (p, n) => `[Demo] Cluster at a trade fair – ${p}, post ${n}`,
        lead: (p) => `Representatives of the ${p} cluster presented their members' offer at a sample trade fair.`,
      },
      de: {
        title: (p, n) => `[Demo] Cluster auf einer Messe – ${p}, Beitrag ${n}`,
        lead: (p) =>
          `Vertreter des Clusters ${p} stellten das Angebot der Mitglieder auf einer Beispiel-Fachmesse vor.`,
      },
      fr: {
        title: (p, n) => `[Demo] Le cluster à un salon – ${p}, article ${n}`,
        lead: (p) =>
          `Des représentants du cluster ${p} ont présenté l'offre de leurs membres lors d'un salon professionnel fictif.`,
      },
      ru: {
        title: (p, n) => `[Demo] Кластер на выставке – ${p}, запись ${n}`,
        lead: (p) => `Представители кластера ${p} представили предложения участников на условной отраслевой выставке.`,
      },
    },
  },
];

export interface DemoUnpublished {
  id: string;
  status: "DRAFT" | "SCHEDULED";
  publishedAt: Date | null;
  texts: PartiallyLocalized<{ title: string; lead: string }>;
}

// Posts that must never be shown publicly: two drafts and one scheduled for 2027.
export const demoUnpublished: readonly DemoUnpublished[] = [
  {
    id: "post_demo_draft_1",
    status: "DRAFT",
    publishedAt: null,
    texts: {
      pl: {
        title: "[Demo] Szkic: zapowiedź spotkania klastrów",
        lead: "Wpis roboczy – nie może być widoczny publicznie.",
      },
    },
  },
  {
    id: "post_demo_draft_2",
    status: "DRAFT",
    publishedAt: null,
    texts: {
      pl: { title: "[Demo] Szkic: podsumowanie roku", lead: "Wpis roboczy – nie może być widoczny publicznie." },
      en: { title: "[Demo] Draft: year in review", lead: "A draft post – it must not be visible to the public." },
    },
  },
  {
    id: "post_demo_scheduled",
    status: "SCHEDULED",
    publishedAt: new Date("2027-03-15T09:00:00Z"),
    texts: {
      pl: {
        title: "[Demo] Zaplanowany wpis: konferencja klastrów 2027",
        lead: "Wpis zaplanowany na 15 marca 2027 r. – do tego dnia nie może być widoczny publicznie.",
      },
      en: {
        title: "[Demo] Scheduled post: 2027 cluster conference",
        lead: "A post scheduled for 15 March 2027 – until then it must not be visible to the public.",
      },
    },
  },
];
