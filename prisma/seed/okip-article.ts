import type { Localized } from "./types";

// The announcement of 24 June 2015 (author: Anna Figiel). The Polish text is verbatim,
// quirks included; the other languages are complete translations of every paragraph.
// Polish proper names of clusters are kept, glossed in brackets on first mention.
// The two \u00a0 (no-break spaces) are in the source text too.

export interface ArticleText {
  title: string;
  paragraphs: readonly string[];
  excerpt: string;
  seoTitle: string;
  seoDescription: string;
}

export const okipArticle: Localized<ArticleText> = {
  pl: {
    title: "Porozumienie o współpracy międzyklastrowej z Klastrem OKIP",
    paragraphs: [
      "17 czerwca 2015 r. w Jastrzębiu-Zdroju zostało podpisane porozumienie o współpracy międzyklastrowej pomiędzy Ogólnopolskim Klastrem Innowacyjnych Przedsiębiorców a zrzeszonymi pod jego parasolem klastrami.",
      "Porozumienie o międzyklastrowej współpracy z OKIP, reprezentowanym podczas aktu podpisania przez prezesa Bogdana Węgrzynka, podpisały klastry zrzeszone pod parasolem organizacji, działające w regionie Górnego Śląska: Jastrzębski Klaster Innowacji, Polski Innowacyjny Klaster Medyczny PIKMED, Klaster Innowacyjne Regiony, Polski Klaster Weterynaryjny i Klaster for Africa.",
      "Porozumienie wskazuje na liczne obszary, w których klastry mogą podjąć współpracę w celu realizacji zadań poszczególnych klastrów, a\u00a0także, że istnieją możliwości podjęcia współpracy gospodarczej i naukowo-badawczej przez podmioty zrzeszone w ramach OKIP oraz klastrach podpisujących porozumienie.",
      "Klaster OKIP jest organizacją parasolową czołowych klastrów z obszaru całej Polski, która skupia innowacyjne przedsiębiorstwa, organizacje i instytucje badawczo-rozwojowe i naukowe. Jego misją jest stworzenie platformy współdziałania zrzeszonych w nim podmiotów oraz efektywne wykorzystanie i połączenie ich potencjału.",
      "Deklarowana współpraca między klastrami zawarta w Jastrzębiu-Zdroju polegać będzie w szczególności na ułatwieniu komunikacji między podmiotami zrzeszonymi w ramach OKIP oraz klastrami porozumienia, wspólnej realizacji projektów mających na celu umożliwienie wspomnianym podmiotom i klastrom nawiązanie współpracy gospodarczej i naukowo-badawczej, poprawę konkurencyjności oraz tworzenie wspólnych ofert. Klastry zobowiązują się także wspomagać działalność badawczą i naukową, wymieniać doświadczeniami i informacjami, również ze środowiskiem naukowym, mając na celu transfer wiedzy i technologii, prowadzić wspólne badania, pozwalające na rozwój technologiczny partnerów OKIP i klastrów porozumienia. Obszarem współpracy ma być także organizowanie szkoleń, seminariów, szkoleń, staży i konferencji oraz wzajemna promocja, w szczególności poprzez zamieszczanie informacji o podjętej współpracy na stronie internetowej OKIP (www.klasterip.pl) oraz klastrów porozumienia, materiałach promocyjnych i\u00a0reklamowych. Strony zadeklarowały także chęć odbywania spotkań, mających na celu bieżące określanie ram i ustalanie szczegółów współpracy.",
      "Przed podpisaniem porozumienia o współpracy międzyklastrowej w Hotelu Dąbrówka odbyła się konferencja inaugurująca działalność organizacji klastrowej Jastrzębskiego Klastra Innowacji. JKI od samego początku rozwoju inicjatywy współpracuje z Ogólnopolskim Klastrem Innowacyjnych Przedsiębiorstw, dzięki czemu posiada bogate zaplecze najwyższej klasy specjalistów, którzy wspierają jego rozwój.",
    ],
    excerpt:
      "17 czerwca 2015 r. w Jastrzębiu-Zdroju OKIP podpisał porozumienie o współpracy międzyklastrowej z pięcioma zrzeszonymi pod jego parasolem klastrami z regionu Górnego Śląska.",
    seoTitle: "Porozumienie o współpracy międzyklastrowej z OKIP (2015)",
    seoDescription:
      "17 czerwca 2015 r. w Jastrzębiu-Zdroju OKIP i pięć klastrów z Górnego Śląska podpisały porozumienie o współpracy gospodarczej i naukowo-badawczej.",
  },
  en: {
    title: "Inter-cluster cooperation agreement with the OKIP Cluster",
    paragraphs: [
      "On 17 June 2015, an inter-cluster cooperation agreement was signed in Jastrzębie-Zdrój between the Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (Nationwide Cluster of Innovative Enterprises) and the clusters gathered under its umbrella.",
      "The inter-cluster cooperation agreement with OKIP, represented at the signing by its President, Bogdan Węgrzynek, was signed by the clusters gathered under the organisation's umbrella that operate in the Upper Silesia region: Jastrzębski Klaster Innowacji (Jastrzębie Innovation Cluster), Polski Innowacyjny Klaster Medyczny PIKMED (Polish Innovative Medical Cluster), Klaster Innowacyjne Regiony (Innovative Regions Cluster), Polski Klaster Weterynaryjny (Polish Veterinary Cluster) and Klaster for Africa.",
      "The agreement points to numerous areas in which the clusters can cooperate in order to carry out the tasks of the individual clusters, and also states that there are opportunities for business and scientific-research cooperation between the entities associated within OKIP and within the clusters signing the agreement.",
      "The OKIP Cluster is an umbrella organisation of leading clusters from all over Poland, bringing together innovative companies, organisations, and research-and-development and scientific institutions. Its mission is to create a platform for cooperation among its member entities and to make effective use of, and combine, their potential.",
      "The declared cooperation between the clusters, concluded in Jastrzębie-Zdrój, will consist in particular of facilitating communication between the entities associated within OKIP and the clusters party to the agreement, and of jointly implementing projects intended to enable these entities and clusters to establish business and scientific-research cooperation, improve their competitiveness and create joint offers. The clusters also undertake to support research and scientific activity, to exchange experience and information, including with the scientific community, with a view to the transfer of knowledge and technology, and to conduct joint research enabling the technological development of OKIP's partners and of the clusters party to the agreement. The cooperation is also to cover the organisation of training sessions, seminars, internships and conferences, as well as mutual promotion, in particular by publishing information about the cooperation undertaken on the website of OKIP (www.klasterip.pl) and of the clusters party to the agreement, and in promotional and advertising materials. The parties also declared their willingness to hold meetings aimed at defining the framework and agreeing on the details of the cooperation on an ongoing basis.",
      "Before the inter-cluster cooperation agreement was signed, a conference inaugurating the activities of the cluster organisation of the Jastrzębski Klaster Innowacji was held at the Hotel Dąbrówka. Since the very beginning of the initiative, JKI has been cooperating with the Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw, thanks to which it has a rich pool of top-class specialists who support its development.",
    ],
    excerpt:
      "On 17 June 2015 in Jastrzębie-Zdrój, OKIP signed an inter-cluster cooperation agreement with five clusters from the Upper Silesia region gathered under its umbrella.",
    seoTitle: "Inter-cluster cooperation agreement with OKIP (2015)",
    seoDescription:
      "On 17 June 2015 in Jastrzębie-Zdrój, OKIP and five Upper Silesian clusters signed an agreement on business and scientific-research cooperation.",
  },
  de: {
    title: "Vereinbarung über clusterübergreifende Zusammenarbeit mit dem Cluster OKIP",
    paragraphs: [
      "Am 17. Juni 2015 wurde in Jastrzębie-Zdrój eine Vereinbarung über clusterübergreifende Zusammenarbeit zwischen dem Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (Gesamtpolnischer Cluster innovativer Unternehmen) und den unter seinem Dach zusammengeschlossenen Clustern unterzeichnet.",
      "Die Vereinbarung über clusterübergreifende Zusammenarbeit mit dem OKIP, der bei der Unterzeichnung durch seinen Präsidenten Bogdan Węgrzynek vertreten wurde, unterzeichneten die unter dem Dach der Organisation zusammengeschlossenen Cluster, die in der Region Oberschlesien tätig sind: Jastrzębski Klaster Innowacji (Innovationscluster Jastrzębie), Polski Innowacyjny Klaster Medyczny PIKMED (Polnischer Innovativer Medizincluster), Klaster Innowacyjne Regiony (Cluster Innovative Regionen), Polski Klaster Weterynaryjny (Polnischer Veterinärcluster) und Klaster for Africa (Cluster für Afrika).",
      "Die Vereinbarung nennt zahlreiche Bereiche, in denen die Cluster zusammenarbeiten können, um die Aufgaben der einzelnen Cluster zu erfüllen, und stellt zudem fest, dass Möglichkeiten für eine Zusammenarbeit in Wirtschaft sowie Wissenschaft und Forschung zwischen den Akteuren bestehen, die im OKIP und in den unterzeichnenden Clustern zusammengeschlossen sind.",
      "Der Cluster OKIP ist eine Dachorganisation führender Cluster aus ganz Polen, die innovative Unternehmen, Organisationen sowie Forschungs- und Entwicklungs- und wissenschaftliche Einrichtungen vereint. Seine Mission ist es, eine Plattform für das Zusammenwirken der in ihm zusammengeschlossenen Akteure zu schaffen und deren Potenzial effektiv zu nutzen und zu bündeln.",
      "Die in Jastrzębie-Zdrój erklärte Zusammenarbeit zwischen den Clustern wird insbesondere darin bestehen, die Kommunikation zwischen den im OKIP zusammengeschlossenen Akteuren und den Clustern der Vereinbarung zu erleichtern sowie gemeinsam Projekte umzusetzen, die es diesen Akteuren und Clustern ermöglichen sollen, eine Zusammenarbeit in Wirtschaft sowie Wissenschaft und Forschung aufzunehmen, ihre Wettbewerbsfähigkeit zu verbessern und gemeinsame Angebote zu erstellen. Die Cluster verpflichten sich außerdem, Forschungs- und wissenschaftliche Tätigkeiten zu unterstützen, Erfahrungen und Informationen – auch mit der Wissenschaft – mit dem Ziel des Wissens- und Technologietransfers auszutauschen und gemeinsame Forschung zu betreiben, die die technologische Entwicklung der Partner des OKIP und der Cluster der Vereinbarung ermöglicht. Zur Zusammenarbeit sollen auch die Organisation von Schulungen, Seminaren, Praktika und Konferenzen sowie die gegenseitige Promotion gehören, insbesondere durch die Veröffentlichung von Informationen über die aufgenommene Zusammenarbeit auf der Website des OKIP (www.klasterip.pl) und der Cluster der Vereinbarung sowie in Promotions- und Werbematerialien. Die Parteien erklärten zudem ihre Bereitschaft zu Treffen, die der laufenden Festlegung des Rahmens und der Einzelheiten der Zusammenarbeit dienen.",
      "Vor der Unterzeichnung der Vereinbarung über clusterübergreifende Zusammenarbeit fand im Hotel Dąbrówka eine Konferenz statt, mit der die Clusterorganisation des Jastrzębski Klaster Innowacji ihre Tätigkeit aufnahm. Der JKI arbeitet seit den ersten Anfängen der Initiative mit dem Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw zusammen und verfügt dadurch über einen umfangreichen Stamm hochkarätiger Fachleute, die seine Entwicklung unterstützen.",
    ],
    excerpt:
      "Am 17. Juni 2015 unterzeichnete der OKIP in Jastrzębie-Zdrój eine Vereinbarung über clusterübergreifende Zusammenarbeit mit fünf unter seinem Dach zusammengeschlossenen Clustern aus der Region Oberschlesien.",
    seoTitle: "Clusterübergreifende Zusammenarbeit mit dem OKIP (2015)",
    seoDescription:
      "Am 17. Juni 2015 unterzeichneten der OKIP und fünf oberschlesische Cluster in Jastrzębie-Zdrój eine Vereinbarung über Zusammenarbeit.",
  },
  fr: {
    title: "Accord de coopération inter-clusters avec le cluster OKIP",
    paragraphs: [
      "Le 17 juin 2015, un accord de coopération inter-clusters a été signé à Jastrzębie-Zdrój entre l'Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (Cluster national des entreprises innovantes) et les clusters regroupés sous son égide.",
      "L'accord de coopération inter-clusters avec l'OKIP, représenté lors de la signature par son président, Bogdan Węgrzynek, a été signé par les clusters regroupés sous l'égide de l'organisation et actifs dans la région de Haute-Silésie : Jastrzębski Klaster Innowacji (Cluster d'innovation de Jastrzębie), Polski Innowacyjny Klaster Medyczny PIKMED (Cluster médical innovant polonais), Klaster Innowacyjne Regiony (Cluster Régions innovantes), Polski Klaster Weterynaryjny (Cluster vétérinaire polonais) et Klaster for Africa (Cluster pour l'Afrique).",
      "L'accord désigne de nombreux domaines dans lesquels les clusters peuvent coopérer afin de mener à bien les missions de chacun d'eux, et indique également qu'il existe des possibilités de coopération économique ainsi que scientifique et de recherche entre les entités regroupées au sein de l'OKIP et des clusters signataires de l'accord.",
      "Le cluster OKIP est une organisation faîtière de clusters de premier plan de toute la Pologne, qui rassemble des entreprises innovantes, des organisations ainsi que des instituts de recherche-développement et des institutions scientifiques. Sa mission est de créer une plateforme de coopération entre les entités qui en sont membres et d'utiliser efficacement et de conjuguer leur potentiel.",
      "La coopération déclarée entre les clusters, conclue à Jastrzębie-Zdrój, consistera notamment à faciliter la communication entre les entités regroupées au sein de l'OKIP et les clusters de l'accord, ainsi qu'à mettre en œuvre conjointement des projets visant à permettre à ces entités et clusters d'établir une coopération économique ainsi que scientifique et de recherche, d'améliorer leur compétitivité et de créer des offres communes. Les clusters s'engagent également à soutenir l'activité de recherche et l'activité scientifique, à échanger expériences et informations, y compris avec la communauté scientifique, en vue du transfert de connaissances et de technologies, et à mener des recherches communes permettant le développement technologique des partenaires de l'OKIP et des clusters de l'accord. La coopération doit également porter sur l'organisation de formations, de séminaires, de stages et de conférences ainsi que sur la promotion mutuelle, notamment par la publication d'informations sur la coopération engagée sur le site internet de l'OKIP (www.klasterip.pl) et des clusters de l'accord, ainsi que dans des supports promotionnels et publicitaires. Les parties ont en outre exprimé leur volonté de tenir des réunions visant à définir au fur et à mesure le cadre et les modalités de la coopération.",
      "Avant la signature de l'accord de coopération inter-clusters, une conférence inaugurant les activités de l'organisation du cluster Jastrzębski Klaster Innowacji s'est tenue à l'hôtel Dąbrówka. Depuis les tout débuts de l'initiative, le JKI coopère avec l'Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw et dispose ainsi d'un vaste vivier de spécialistes de très haut niveau qui soutiennent son développement.",
    ],
    excerpt:
      "Le 17 juin 2015 à Jastrzębie-Zdrój, l'OKIP a signé un accord de coopération inter-clusters avec cinq clusters de la région de Haute-Silésie regroupés sous son égide.",
    seoTitle: "Accord de coopération inter-clusters avec l'OKIP (2015)",
    seoDescription:
      "Le 17 juin 2015 à Jastrzębie-Zdrój, l'OKIP et cinq clusters de Haute-Silésie ont signé un accord de coopération économique et scientifique.",
  },
  ru: {
    title: "Соглашение о межкластерном сотрудничестве с кластером OKIP",
    paragraphs: [
      "17 июня 2015 года в Ястшембе-Здруе было подписано соглашение о межкластерном сотрудничестве между кластером Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (Общепольский кластер инновационных предприятий) и кластерами, объединёнными под его эгидой.",
      "Соглашение о межкластерном сотрудничестве с OKIP, который на церемонии подписания представлял президент Богдан Венгжинек, подписали кластеры, объединённые под эгидой организации и действующие в регионе Верхней Силезии: Jastrzębski Klaster Innowacji (Ястшембский инновационный кластер), Polski Innowacyjny Klaster Medyczny PIKMED (Польский инновационный медицинский кластер), Klaster Innowacyjne Regiony (Кластер «Инновационные регионы»), Polski Klaster Weterynaryjny (Польский ветеринарный кластер) и Klaster for Africa (Кластер для Африки).",
      "Соглашение указывает на многочисленные области, в которых кластеры могут сотрудничать в целях выполнения задач каждого из них, а также на то, что существуют возможности для экономического и научно-исследовательского сотрудничества между субъектами, объединёнными в рамках OKIP и в кластерах, подписавших соглашение.",
      "Кластер OKIP — это зонтичная организация ведущих кластеров со всей Польши, объединяющая инновационные предприятия, организации, а также научно-исследовательские и научные учреждения. Его миссия — создание платформы для взаимодействия входящих в него субъектов, а также эффективное использование и объединение их потенциала.",
      "Заявленное сотрудничество между кластерами, заключённое в Ястшембе-Здруе, будет состоять, в частности, в облегчении коммуникации между субъектами, объединёнными в рамках OKIP, и кластерами — участниками соглашения, а также в совместной реализации проектов, призванных позволить этим субъектам и кластерам наладить экономическое и научно-исследовательское сотрудничество, повысить конкурентоспособность и создавать совместные предложения. Кластеры также обязуются поддерживать исследовательскую и научную деятельность, обмениваться опытом и информацией, в том числе с научным сообществом, в целях трансфера знаний и технологий, а также проводить совместные исследования, способствующие технологическому развитию партнёров OKIP и кластеров — участников соглашения. Сферой сотрудничества должны также стать организация тренингов, семинаров, стажировок и конференций, а также взаимное продвижение, в частности путём размещения информации о начатом сотрудничестве на сайте OKIP (www.klasterip.pl) и кластеров — участников соглашения, а также в промо- и рекламных материалах. Стороны также заявили о готовности проводить встречи, направленные на текущее определение рамок и согласование деталей сотрудничества.",
      "Перед подписанием соглашения о межкластерном сотрудничестве в отеле Dąbrówka состоялась конференция, открывшая деятельность кластерной организации Jastrzębski Klaster Innowacji. JKI с самого начала развития инициативы сотрудничает с кластером Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw, благодаря чему располагает богатым резервом специалистов высочайшего класса, которые поддерживают его развитие.",
    ],
    excerpt:
      "17 июня 2015 года в Ястшембе-Здруе OKIP подписал соглашение о межкластерном сотрудничестве с пятью кластерами из региона Верхней Силезии, объединёнными под его эгидой.",
    seoTitle: "Соглашение о межкластерном сотрудничестве с OKIP (2015)",
    seoDescription:
      "17 июня 2015 года в Ястшембе-Здруе OKIP и пять кластеров Верхней Силезии подписали соглашение об экономическом и научном сотрудничестве.",
  },
};
