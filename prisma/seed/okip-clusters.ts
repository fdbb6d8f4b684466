import type { AppLocale } from "../../lib/i18n/locales";
import { toParagraphs } from "./html";
import type { SectorKey } from "../../lib/sectors";
import { localize, type Localized } from "./types";
import type { ClusterSeed } from "./writers";

// The six clusters of the 2015 agreement, stated only as far as the article states them:
// every contact field it does not give stays null.

export const OKIP_CLUSTER_ID = "cluster_okip";

const okipName = "Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (OKIP)";

export const okipCluster: ClusterSeed = {
  id: OKIP_CLUSTER_ID,
  slug: "okip",
  isUmbrella: true,
  website: "https://www.klasterip.pl",
  sectors: [],
  isDemo: false,
  translations: {
    pl: {
      name: okipName,
      shortDescription:
        "Organizacja parasolowa czołowych klastrów z obszaru całej Polski, skupiająca innowacyjne przedsiębiorstwa, organizacje oraz instytucje badawczo-rozwojowe i naukowe.",
      description: toParagraphs([
        "Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (OKIP) jest organizacją parasolową czołowych klastrów z obszaru całej Polski, która skupia innowacyjne przedsiębiorstwa, organizacje i instytucje badawczo-rozwojowe i naukowe. Jego misją jest stworzenie platformy współdziałania zrzeszonych w nim podmiotów oraz efektywne wykorzystanie i połączenie ich potencjału.",
        "17 czerwca 2015 r. w Jastrzębiu-Zdroju OKIP podpisał porozumienie o współpracy międzyklastrowej z pięcioma zrzeszonymi pod jego parasolem klastrami działającymi w regionie Górnego Śląska.",
      ]),
    },
    en: {
      name: okipName,
      shortDescription:
        "An umbrella organisation of leading clusters from all over Poland, bringing together innovative companies, organisations, and research-and-development and scientific institutions.",
      description: toParagraphs([
        "The Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (Nationwide Cluster of Innovative Enterprises, OKIP) is an umbrella organisation of leading clusters from all over Poland, bringing together innovative companies, organisations, and research-and-development and scientific institutions. Its mission is to create a platform for cooperation among its member entities and to make effective use of, and combine, their potential.",
        "On 17 June 2015 in Jastrzębie-Zdrój, OKIP signed an inter-cluster cooperation agreement with five clusters gathered under its umbrella that operate in the Upper Silesia region.",
      ]),
    },
    de: {
      name: okipName,
      shortDescription:
        "Dachorganisation führender Cluster aus ganz Polen, die innovative Unternehmen, Organisationen sowie Forschungs- und Entwicklungs- und wissenschaftliche Einrichtungen vereint.",
      description: toParagraphs([
        "Der Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (Gesamtpolnischer Cluster innovativer Unternehmen, OKIP) ist eine Dachorganisation führender Cluster aus ganz Polen, die innovative Unternehmen, Organisationen sowie Forschungs- und Entwicklungs- und wissenschaftliche Einrichtungen vereint. Seine Mission ist es, eine Plattform für das Zusammenwirken der in ihm zusammengeschlossenen Akteure zu schaffen und deren Potenzial effektiv zu nutzen und zu bündeln.",
        "Am 17. Juni 2015 unterzeichnete der OKIP in Jastrzębie-Zdrój eine Vereinbarung über clusterübergreifende Zusammenarbeit mit fünf unter seinem Dach zusammengeschlossenen Clustern, die in der Region Oberschlesien tätig sind.",
      ]),
    },
    fr: {
      name: okipName,
      shortDescription:
        "Organisation faîtière de clusters de premier plan de toute la Pologne, qui rassemble des entreprises innovantes, des organisations ainsi que des instituts de recherche-développement et des institutions scientifiques.",
      description: toParagraphs([
        "L'Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (Cluster national des entreprises innovantes, OKIP) est une organisation faîtière de clusters de premier plan de toute la Pologne, qui rassemble des entreprises innovantes, des organisations ainsi que des instituts de recherche-développement et des institutions scientifiques. Sa mission est de créer une plateforme de coopération entre les entités qui en sont membres et d'utiliser efficacement et de conjuguer leur potentiel.",
        "Le 17 juin 2015 à Jastrzębie-Zdrój, l'OKIP a signé un accord de coopération inter-clusters avec cinq clusters regroupés sous son égide et actifs dans la région de Haute-Silésie.",
      ]),
    },
    ru: {
      name: okipName,
      shortDescription:
        "Зонтичная организация ведущих кластеров со всей Польши, объединяющая инновационные предприятия, организации, а также научно-исследовательские и научные учреждения.",
      description: toParagraphs([
        "Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (Общепольский кластер инновационных предприятий, OKIP) — это зонтичная организация ведущих кластеров со всей Польши, объединяющая инновационные предприятия, организации, а также научно-исследовательские и научные учреждения. Его миссия — создание платформы для взаимодействия входящих в него субъектов, а также эффективное использование и объединение их потенциала.",
        "17 июня 2015 года в Ястшембе-Здруе OKIP подписал соглашение о межкластерном сотрудничестве с пятью объединёнными под его эгидой кластерами, действующими в регионе Верхней Силезии.",
      ]),
    },
  },
};

// What the article says of every member cluster, per locale.
const memberShort: Localized = {
  pl: "Klaster zrzeszony pod parasolem OKIP, działający w regionie Górnego Śląska; sygnatariusz porozumienia o współpracy międzyklastrowej z 17 czerwca 2015 r.",
  en: "A cluster gathered under the OKIP umbrella, operating in the Upper Silesia region; a signatory of the inter-cluster cooperation agreement of 17 June 2015.",
  de: "Ein unter dem Dach des OKIP zusammengeschlossener Cluster in der Region Oberschlesien; Unterzeichner der Vereinbarung über clusterübergreifende Zusammenarbeit vom 17. Juni 2015.",
  fr: "Cluster regroupé sous l'égide de l'OKIP et actif dans la région de Haute-Silésie ; signataire de l'accord de coopération inter-clusters du 17 juin 2015.",
  ru: "Кластер, объединённый под эгидой OKIP и действующий в регионе Верхней Силезии; участник соглашения о межкластерном сотрудничестве от 17 июня 2015 года.",
};

const memberParagraphs: Localized<(name: string) => string[]> = {
  pl: (name) => [
    `${name} jest klastrem zrzeszonym pod parasolem Ogólnopolskiego Klastra Innowacyjnych Przedsiębiorstw (OKIP), działającym w regionie Górnego Śląska.`,
    "17 czerwca 2015 r. w Jastrzębiu-Zdroju klaster podpisał porozumienie o współpracy międzyklastrowej z OKIP.",
  ],
  en: (name) => [
    `${name} is a cluster gathered under the umbrella of the Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (OKIP), operating in the Upper Silesia region.`,
    "On 17 June 2015 in Jastrzębie-Zdrój, the cluster signed an inter-cluster cooperation agreement with OKIP.",
  ],
  de: (name) => [
    `${name} ist ein unter dem Dach des Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (OKIP) zusammengeschlossener Cluster, der in der Region Oberschlesien tätig ist.`,
    "Am 17. Juni 2015 unterzeichnete der Cluster in Jastrzębie-Zdrój eine Vereinbarung über clusterübergreifende Zusammenarbeit mit dem OKIP.",
  ],
  fr: (name) => [
    `${name} est un cluster regroupé sous l'égide de l'Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (OKIP) et actif dans la région de Haute-Silésie.`,
    "Le 17 juin 2015 à Jastrzębie-Zdrój, le cluster a signé un accord de coopération inter-clusters avec l'OKIP.",
  ],
  ru: (name) => [
    `${name} — кластер, объединённый под эгидой Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (OKIP) и действующий в регионе Верхней Силезии.`,
    "17 июня 2015 года в Ястшембе-Здруе кластер подписал соглашение о межкластерном сотрудничестве с OKIP.",
  ],
};

// The article's closing paragraph, about JKI only.
const jkiParagraph: Localized = {
  pl: "Podpisanie porozumienia poprzedziła konferencja w Hotelu Dąbrówka inaugurująca działalność organizacji klastrowej JKI. JKI od samego początku rozwoju inicjatywy współpracuje z Ogólnopolskim Klastrem Innowacyjnych Przedsiębiorstw, dzięki czemu posiada bogate zaplecze najwyższej klasy specjalistów, którzy wspierają jego rozwój.",
  en: "The signing was preceded by a conference at the Hotel Dąbrówka inaugurating the activities of JKI's cluster organisation. Since the very beginning of the initiative, JKI has been cooperating with the Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw, thanks to which it has a rich pool of top-class specialists who support its development.",
  de: "Der Unterzeichnung ging im Hotel Dąbrówka eine Konferenz voraus, mit der die Clusterorganisation des JKI ihre Tätigkeit aufnahm. Der JKI arbeitet seit den ersten Anfängen der Initiative mit dem Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw zusammen und verfügt dadurch über einen umfangreichen Stamm hochkarätiger Fachleute, die seine Entwicklung unterstützen.",
  fr: "La signature a été précédée, à l'hôtel Dąbrówka, d'une conférence inaugurant les activités de l'organisation du cluster JKI. Depuis les tout débuts de l'initiative, le JKI coopère avec l'Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw et dispose ainsi d'un vaste vivier de spécialistes de très haut niveau qui soutiennent son développement.",
  ru: "Подписанию соглашения предшествовала конференция в отеле Dąbrówka, открывшая деятельность кластерной организации JKI. JKI с самого начала развития инициативы сотрудничает с кластером Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw, благодаря чему располагает богатым резервом специалистов высочайшего класса, которые поддерживают его развитие.",
};

interface MemberFacts {
  id: string;
  slug: string;
  name: string;
  acronym?: string;
  gloss: Partial<Record<AppLocale, string>>; // the name's meaning, for readers of other languages
  city?: string;
  sectors: readonly SectorKey[];
  extra?: Localized;
}

const members: readonly MemberFacts[] = [
  {
    id: "cluster_jki",
    slug: "jastrzebski-klaster-innowacji",
    name: "Jastrzębski Klaster Innowacji",
    acronym: "JKI",
    gloss: {
      en: "Jastrzębie Innovation Cluster",
      de: "Innovationscluster Jastrzębie",
      fr: "Cluster d'innovation de Jastrzębie",
      ru: "Ястшембский инновационный кластер",
    },
    city: "Jastrzębie-Zdrój",
    sectors: [],
    extra: jkiParagraph,
  },
  {
    id: "cluster_pikmed",
    slug: "pikmed",
    name: "Polski Innowacyjny Klaster Medyczny PIKMED",
    gloss: {
      en: "Polish Innovative Medical Cluster",
      de: "Polnischer Innovativer Medizincluster",
      fr: "Cluster médical innovant polonais",
      ru: "Польский инновационный медицинский кластер",
    },
    sectors: ["medical"],
  },
  {
    id: "cluster_innowacyjne_regiony",
    slug: "klaster-innowacyjne-regiony",
    name: "Klaster Innowacyjne Regiony",
    gloss: {
      en: "Innovative Regions Cluster",
      de: "Cluster Innovative Regionen",
      fr: "Cluster Régions innovantes",
      ru: "Кластер «Инновационные регионы»",
    },
    sectors: ["regional-development"],
  },
  {
    id: "cluster_weterynaryjny",
    slug: "polski-klaster-weterynaryjny",
    name: "Polski Klaster Weterynaryjny",
    gloss: {
      en: "Polish Veterinary Cluster",
      de: "Polnischer Veterinärcluster",
      fr: "Cluster vétérinaire polonais",
      ru: "Польский ветеринарный кластер",
    },
    sectors: ["veterinary"],
  },
  {
    id: "cluster_for_africa",
    slug: "klaster-for-africa",
    name: "Klaster for Africa",
    gloss: { de: "Cluster für Afrika", fr: "Cluster pour l'Afrique", ru: "Кластер для Африки" },
    sectors: ["export"],
  },
];

function memberTranslation(member: MemberFacts, locale: AppLocale) {
  const { name, acronym } = member;
  const gloss = [member.gloss[locale], acronym].filter(Boolean).join(", ");
  const subject = gloss ? `${name} (${gloss})` : name;
  const extra = member.extra?.[locale];
  return {
    name: acronym ? `${name} (${acronym})` : name,
    shortDescription: memberShort[locale],
    description: toParagraphs([...memberParagraphs[locale](subject), ...(extra ? [extra] : [])]),
  };
}

// The five signatory clusters of Upper Silesia, in the article's order, under OKIP.
export function memberClusters(parentId: string): ClusterSeed[] {
  return members.map((member) => ({
    id: member.id,
    slug: member.slug,
    parentId,
    city: member.city ?? null,
    region: "slaskie",
    sectors: member.sectors,
    isDemo: false,
    translations: localize((locale) => memberTranslation(member, locale)),
  }));
}
