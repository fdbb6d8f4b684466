// Shared knowledge of the e2e suite: the locales, the page types with their URLs and expected
// <h1>, and the seeded content the tests look for. UI strings come from messages/*.json and
// content from the seed modules, so a changed translation changes the expectation with it.
import { expect, type Page } from "@playwright/test";
import de from "../../../messages/de.json" with { type: "json" };
import en from "../../../messages/en.json" with { type: "json" };
import fr from "../../../messages/fr.json" with { type: "json" };
import pl from "../../../messages/pl.json" with { type: "json" };
import ru from "../../../messages/ru.json" with { type: "json" };
import { okipArticle } from "../../../prisma/seed/okip-article";
import { okipAgreement, okipCoverAlt, okipTags } from "../../../prisma/seed/okip-agreement";

export const locales = ["pl", "en", "de", "fr", "ru"] as const;
export type Locale = (typeof locales)[number];

export type Messages = typeof pl;
export const messages: Record<Locale, Messages> = { pl, en, de, fr, ru };

/** Fills the simple `{name}` placeholders of a message (no plural/select syntax). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in "${template}"`);
    return String(value);
  });
}

/** A message with `{name}` placeholders as a RegExp capturing each placeholder. */
export function messagePattern(template: string, capture = "(.+?)"): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace(/\{\w+\}/g, capture)}$`);
}

// ---- The real OKIP content (prisma/seed/okip*.ts) ----

export const articleSlugs: Record<Locale, string> = {
  pl: "porozumienie-o-wspolpracy-miedzyklastrowej-z-klastrem-okip",
  en: "inter-cluster-cooperation-agreement-with-the-okip-cluster",
  de: "vereinbarung-ueber-clusteruebergreifende-zusammenarbeit-mit-dem-cluster-okip",
  fr: "accord-de-cooperation-inter-clusters-avec-le-cluster-okip",
  ru: "soglashenie-o-mezhklasternom-sotrudnichestve-s-klasterom-okip",
};
export const articlePath = (locale: Locale) => `/${locale}/news/${articleSlugs[locale]}`;
export const article = okipArticle;
export const articleCoverAlt = okipCoverAlt;
export const articleAuthor = "Anna Figiel";
/** The article's publication date as each locale writes it (published 24 June 2015, 10:00 Warsaw). */
export const articleDates: Record<Locale, string> = {
  pl: "24 czerwca 2015",
  en: "24 June 2015",
  de: "24. Juni 2015",
  fr: "24 juin 2015",
  ru: "24 июня 2015",
};
export const agreementsTag = (() => {
  const tag = okipTags.find((t) => t.slug === "agreements");
  if (!tag) throw new Error("the seed has no `agreements` tag");
  return tag;
})();

export const agreementSlug = okipAgreement.slug; // porozumienie-okip-2015
export function agreementTitle(locale: Locale): string {
  const translation = okipAgreement.translations[locale];
  if (!translation) throw new Error(`the OKIP agreement has no ${locale} translation in the seed`);
  return translation.title;
}

/** The umbrella network and the five Silesian signatories, in the article's order, with their Polish names. */
export const okipCluster = { slug: "okip", name: "Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (OKIP)" };
export const signatoryClusters = [
  { slug: "jastrzebski-klaster-innowacji", name: "Jastrzębski Klaster Innowacji (JKI)" },
  { slug: "pikmed", name: "Polski Innowacyjny Klaster Medyczny PIKMED" },
  { slug: "klaster-innowacyjne-regiony", name: "Klaster Innowacyjne Regiony" },
  { slug: "polski-klaster-weterynaryjny", name: "Polski Klaster Weterynaryjny" },
  { slug: "klaster-for-africa", name: "Klaster for Africa" },
] as const;
export const articleClusters = [okipCluster, ...signatoryClusters];

// ---- The demo set (prisma/seed/demo*.ts) ----

/**
 * Demo post 39 is published in Polish only (odd posts get no English translation); demo post 4
 * has its English translation left as a DRAFT. Slugs are slugFromTitle() of the seed titles.
 */
export const demoPostWithoutEnglish = {
  title: "[Demo] Start wspólnego projektu – Lubelszczyzna, wpis 39",
  slug: "demo-start-wspolnego-projektu-lubelszczyzna-wpis-39",
};
export const demoPostWithDraftEnglish = {
  title: "[Demo] Start wspólnego projektu – Wielkopolska, wpis 4",
  slug: "demo-start-wspolnego-projektu-wielkopolska-wpis-4",
  draftEnglishSlug: "demo-joint-project-launched-wielkopolska-post-4",
};

// ---- Page types ----

export interface PageType {
  name: string;
  path: (locale: Locale) => string;
  status: 200 | 404;
  h1: (locale: Locale) => string;
}

export const pageTypes: readonly PageType[] = [
  { name: "home", path: (l) => `/${l}`, status: 200, h1: (l) => messages[l].Site.fullName },
  { name: "news list", path: (l) => `/${l}/news`, status: 200, h1: (l) => messages[l].News.title },
  { name: "article", path: articlePath, status: 200, h1: (l) => article[l].title },
  { name: "cluster directory", path: (l) => `/${l}/clusters`, status: 200, h1: (l) => messages[l].Clusters.title },
  {
    name: "cluster profile",
    path: (l) => `/${l}/clusters/pikmed`,
    status: 200,
    h1: () => "Polski Innowacyjny Klaster Medyczny PIKMED",
  },
  { name: "agreements list", path: (l) => `/${l}/agreements`, status: 200, h1: (l) => messages[l].Agreements.title },
  { name: "agreement", path: (l) => `/${l}/agreements/${agreementSlug}`, status: 200, h1: agreementTitle },
  { name: "404", path: (l) => `/${l}/this-page-does-not-exist`, status: 404, h1: (l) => messages[l].NotFound.title },
];

/** Opens a path and asserts the HTTP status of the document. */
export async function open(page: Page, path: string, status: number = 200) {
  const response = await page.goto(path);
  expect(response, `no response for ${path}`).not.toBeNull();
  expect(response?.status(), `HTTP status of ${path}`).toBe(status);
  return response;
}

/** The page's <link rel=alternate hreflang> as { hreflang: href }. */
export async function hreflangAlternates(page: Page): Promise<Record<string, string>> {
  const pairs = await page
    .locator("head link[rel='alternate'][hreflang]")
    .evaluateAll((links) =>
      links.map((link) => [link.getAttribute("hreflang") ?? "", link.getAttribute("href") ?? ""]),
    );
  return Object.fromEntries(pairs);
}
