import { toParagraphs } from "./html";
import type { Localized } from "./types";
import type { AgreementSeed } from "./writers";

// The agreement of 17 June 2015, its areas of cooperation, the article's tags and cover.

export const okipAgreement: AgreementSeed = {
  id: "agreement_okip_2015",
  slug: "porozumienie-okip-2015",
  signedAt: new Date("2015-06-17T00:00:00Z"),
  place: "Jastrzębie-Zdrój",
  isDemo: false,
  translations: {
    pl: {
      title: "Porozumienie o współpracy międzyklastrowej OKIP",
      summary:
        "Porozumienie podpisane 17 czerwca 2015 r. w Jastrzębiu-Zdroju przez Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw i pięć zrzeszonych pod jego parasolem klastrów z regionu Górnego Śląska.",
      body: toParagraphs([
        "Porozumienie o współpracy międzyklastrowej zostało podpisane 17 czerwca 2015 r. w Jastrzębiu-Zdroju przez Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (OKIP), reprezentowany przez prezesa Bogdana Węgrzynka, oraz pięć zrzeszonych pod jego parasolem klastrów działających w regionie Górnego Śląska.",
        "Porozumienie wskazuje liczne obszary, w których klastry mogą podjąć współpracę w celu realizacji zadań poszczególnych klastrów, a także możliwości współpracy gospodarczej i naukowo-badawczej między podmiotami zrzeszonymi w ramach OKIP oraz w klastrach podpisujących porozumienie.",
        "Strony zadeklarowały także chęć odbywania spotkań mających na celu bieżące określanie ram i ustalanie szczegółów współpracy.",
      ]),
    },
    en: {
      title: "OKIP inter-cluster cooperation agreement",
      summary:
        "An agreement signed on 17 June 2015 in Jastrzębie-Zdrój by the Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw and five clusters from the Upper Silesia region gathered under its umbrella.",
      body: toParagraphs([
        "The inter-cluster cooperation agreement was signed on 17 June 2015 in Jastrzębie-Zdrój by the Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (OKIP), represented by its President, Bogdan Węgrzynek, and five clusters gathered under its umbrella that operate in the Upper Silesia region.",
        "The agreement points to numerous areas in which the clusters can cooperate in order to carry out the tasks of the individual clusters, as well as to opportunities for business and scientific-research cooperation between the entities associated within OKIP and within the clusters signing the agreement.",
        "The parties also declared their willingness to hold meetings aimed at defining the framework and agreeing on the details of the cooperation on an ongoing basis.",
      ]),
    },
    de: {
      title: "OKIP-Vereinbarung über clusterübergreifende Zusammenarbeit",
      summary:
        "Eine am 17. Juni 2015 in Jastrzębie-Zdrój vom Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw und fünf unter seinem Dach zusammengeschlossenen Clustern aus der Region Oberschlesien unterzeichnete Vereinbarung.",
      body: toParagraphs([
        "Die Vereinbarung über clusterübergreifende Zusammenarbeit wurde am 17. Juni 2015 in Jastrzębie-Zdrój vom Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (OKIP), vertreten durch seinen Präsidenten Bogdan Węgrzynek, und fünf unter seinem Dach zusammengeschlossenen Clustern unterzeichnet, die in der Region Oberschlesien tätig sind.",
        "Die Vereinbarung nennt zahlreiche Bereiche, in denen die Cluster zusammenarbeiten können, um die Aufgaben der einzelnen Cluster zu erfüllen, sowie Möglichkeiten für eine Zusammenarbeit in Wirtschaft sowie Wissenschaft und Forschung zwischen den Akteuren, die im OKIP und in den unterzeichnenden Clustern zusammengeschlossen sind.",
        "Die Parteien erklärten zudem ihre Bereitschaft zu Treffen, die der laufenden Festlegung des Rahmens und der Einzelheiten der Zusammenarbeit dienen.",
      ]),
    },
    fr: {
      title: "Accord de coopération inter-clusters de l'OKIP",
      summary:
        "Accord signé le 17 juin 2015 à Jastrzębie-Zdrój par l'Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw et cinq clusters de la région de Haute-Silésie regroupés sous son égide.",
      body: toParagraphs([
        "L'accord de coopération inter-clusters a été signé le 17 juin 2015 à Jastrzębie-Zdrój par l'Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (OKIP), représenté par son président, Bogdan Węgrzynek, et par cinq clusters regroupés sous son égide et actifs dans la région de Haute-Silésie.",
        "L'accord désigne de nombreux domaines dans lesquels les clusters peuvent coopérer afin de mener à bien les missions de chacun d'eux, ainsi que des possibilités de coopération économique ainsi que scientifique et de recherche entre les entités regroupées au sein de l'OKIP et des clusters signataires de l'accord.",
        "Les parties ont en outre exprimé leur volonté de tenir des réunions visant à définir au fur et à mesure le cadre et les modalités de la coopération.",
      ]),
    },
    ru: {
      title: "Соглашение OKIP о межкластерном сотрудничестве",
      summary:
        "Соглашение, подписанное 17 июня 2015 года в Ястшембе-Здруе кластером Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw и пятью объединёнными под его эгидой кластерами из региона Верхней Силезии.",
      body: toParagraphs([
        "Соглашение о межкластерном сотрудничестве было подписано 17 июня 2015 года в Ястшембе-Здруе кластером Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (OKIP), который представлял президент Богдан Венгжинек, и пятью объединёнными под его эгидой кластерами, действующими в регионе Верхней Силезии.",
        "Соглашение указывает на многочисленные области, в которых кластеры могут сотрудничать в целях выполнения задач каждого из них, а также на возможности экономического и научно-исследовательского сотрудничества между субъектами, объединёнными в рамках OKIP и в кластерах, подписавших соглашение.",
        "Стороны также заявили о готовности проводить встречи, направленные на текущее определение рамок и согласование деталей сотрудничества.",
      ]),
    },
  },
};

// Only OKIP's signatory is named in the article.
export const okipSignatory = {
  name: "Bogdan Węgrzynek",
  roles: { pl: "prezes", en: "President", de: "Präsident", fr: "président", ru: "президент" } satisfies Localized,
};

// The areas of cooperation, in the order the article lists them.
export const okipAreas: readonly { key: string; names: Localized }[] = [
  {
    key: "communication",
    names: {
      pl: "Ułatwianie komunikacji między podmiotami zrzeszonymi w OKIP a klastrami porozumienia",
      en: "Facilitating communication between OKIP's member entities and the agreement's clusters",
      de: "Erleichterung der Kommunikation zwischen den im OKIP zusammengeschlossenen Akteuren und den Clustern der Vereinbarung",
      fr: "Faciliter la communication entre les entités membres de l'OKIP et les clusters de l'accord",
      ru: "Облегчение коммуникации между субъектами, объединёнными в OKIP, и кластерами — участниками соглашения",
    },
  },
  {
    key: "joint-projects",
    names: {
      pl: "Wspólna realizacja projektów umożliwiających nawiązanie współpracy gospodarczej i naukowo-badawczej",
      en: "Joint projects enabling business and scientific-research cooperation",
      de: "Gemeinsame Projekte zur Aufnahme einer Zusammenarbeit in Wirtschaft sowie Wissenschaft und Forschung",
      fr: "Projets communs permettant une coopération économique ainsi que scientifique et de recherche",
      ru: "Совместные проекты для налаживания экономического и научно-исследовательского сотрудничества",
    },
  },
  {
    key: "competitiveness",
    names: {
      pl: "Poprawa konkurencyjności",
      en: "Improving competitiveness",
      de: "Verbesserung der Wettbewerbsfähigkeit",
      fr: "Amélioration de la compétitivité",
      ru: "Повышение конкурентоспособности",
    },
  },
  {
    key: "joint-offers",
    names: {
      pl: "Tworzenie wspólnych ofert",
      en: "Creating joint offers",
      de: "Erstellung gemeinsamer Angebote",
      fr: "Création d'offres communes",
      ru: "Создание совместных предложений",
    },
  },
  {
    key: "research-support",
    names: {
      pl: "Wspomaganie działalności badawczej i naukowej",
      en: "Supporting research and scientific activity",
      de: "Unterstützung von Forschungs- und wissenschaftlichen Tätigkeiten",
      fr: "Soutien à l'activité de recherche et à l'activité scientifique",
      ru: "Поддержка исследовательской и научной деятельности",
    },
  },
  {
    key: "knowledge-transfer",
    names: {
      pl: "Wymiana doświadczeń i informacji, również ze środowiskiem naukowym, w celu transferu wiedzy i technologii",
      en: "Exchanging experience and information, also with the scientific community, for the transfer of knowledge and technology",
      de: "Austausch von Erfahrungen und Informationen, auch mit der Wissenschaft, für den Wissens- und Technologietransfer",
      fr: "Échange d'expériences et d'informations, y compris avec la communauté scientifique, en vue du transfert de connaissances et de technologies",
      ru: "Обмен опытом и информацией, в том числе с научным сообществом, в целях трансфера знаний и технологий",
    },
  },
  {
    key: "joint-research",
    names: {
      pl: "Wspólne badania służące rozwojowi technologicznemu partnerów",
      en: "Joint research for the partners' technological development",
      de: "Gemeinsame Forschung für die technologische Entwicklung der Partner",
      fr: "Recherches communes au service du développement technologique des partenaires",
      ru: "Совместные исследования для технологического развития партнёров",
    },
  },
  {
    key: "training-events",
    names: {
      pl: "Organizowanie szkoleń, seminariów, staży i konferencji",
      en: "Organising training sessions, seminars, internships and conferences",
      de: "Organisation von Schulungen, Seminaren, Praktika und Konferenzen",
      fr: "Organisation de formations, de séminaires, de stages et de conférences",
      ru: "Организация тренингов, семинаров, стажировок и конференций",
    },
  },
  {
    key: "mutual-promotion",
    names: {
      pl: "Wzajemna promocja (strona internetowa, materiały promocyjne i reklamowe)",
      en: "Mutual promotion (website, promotional and advertising materials)",
      de: "Gegenseitige Promotion (Website, Promotions- und Werbematerialien)",
      fr: "Promotion mutuelle (site internet, supports promotionnels et publicitaires)",
      ru: "Взаимное продвижение (сайт, промо- и рекламные материалы)",
    },
  },
  {
    key: "regular-meetings",
    names: {
      pl: "Spotkania służące bieżącemu określaniu ram i ustalaniu szczegółów współpracy",
      en: "Meetings to define the framework and details of the cooperation on an ongoing basis",
      de: "Treffen zur laufenden Festlegung des Rahmens und der Einzelheiten der Zusammenarbeit",
      fr: "Réunions pour définir au fur et à mesure le cadre et les modalités de la coopération",
      ru: "Встречи для текущего определения рамок и деталей сотрудничества",
    },
  },
];

// The article's tags: one language-neutral slug, a name per locale.
export const okipTags: readonly { id: string; slug: string; names: Localized }[] = [
  {
    id: "tag_agreements",
    slug: "agreements",
    names: { pl: "Porozumienia", en: "Agreements", de: "Vereinbarungen", fr: "Accords", ru: "Соглашения" },
  },
  {
    id: "tag_cooperation",
    slug: "cooperation",
    names: { pl: "Współpraca", en: "Cooperation", de: "Zusammenarbeit", fr: "Coopération", ru: "Сотрудничество" },
  },
];

// Alt text of the cover: a title card announcing the agreement.
export const okipCoverAlt: Localized = {
  pl: "Karta tytułowa: Porozumienie o współpracy międzyklastrowej, Jastrzębie-Zdrój, 17 czerwca 2015",
  en: "Title card: Inter-cluster cooperation agreement, Jastrzębie-Zdrój, 17 June 2015",
  de: "Titelkarte: Vereinbarung über clusterübergreifende Zusammenarbeit, Jastrzębie-Zdrój, 17. Juni 2015",
  fr: "Carte de titre : Accord de coopération inter-clusters, Jastrzębie-Zdrój, 17 juin 2015",
  ru: "Титульная карточка: Соглашение о межкластерном сотрудничестве, Ястшембе-Здруй, 17 июня 2015 г.",
};
