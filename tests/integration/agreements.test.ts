import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryAgreementBySlug, queryAgreements } from "@/lib/data/agreements";
import { queryPostsLinkedTo } from "@/lib/data/posts";
import { type AppLocale, locales } from "@/lib/i18n/locales";
import { connectSql, inLocaleOrder, type Sql } from "../support/integration";
import {
  OKIP_AGREEMENT_SLUG,
  OKIP_NAME,
  OKIP_POST_ID,
  memberSlugs,
  okipAgreementTitle,
  okipArticle,
  okipSignatoryRole,
} from "../support/okip";

// The agreements: list, detail with parties, signatory and areas, and the posts announcing them.

let sql: Sql;

beforeAll(async () => {
  sql = await connectSql();
});

afterAll(async () => {
  await sql?.end();
});

// The ten areas of cooperation of the 2015 agreement, in the article's order.
const okipAreas: Record<"pl" | "en", string[]> = {
  pl: [
    "Ułatwianie komunikacji między podmiotami zrzeszonymi w OKIP a klastrami porozumienia",
    "Wspólna realizacja projektów umożliwiających nawiązanie współpracy gospodarczej i naukowo-badawczej",
    "Poprawa konkurencyjności",
    "Tworzenie wspólnych ofert",
    "Wspomaganie działalności badawczej i naukowej",
    "Wymiana doświadczeń i informacji, również ze środowiskiem naukowym, w celu transferu wiedzy i technologii",
    "Wspólne badania służące rozwojowi technologicznemu partnerów",
    "Organizowanie szkoleń, seminariów, staży i konferencji",
    "Wzajemna promocja (strona internetowa, materiały promocyjne i reklamowe)",
    "Spotkania służące bieżącemu określaniu ram i ustalaniu szczegółów współpracy",
  ],
  en: [
    "Facilitating communication between OKIP's member entities and the agreement's clusters",
    "Joint projects enabling business and scientific-research cooperation",
    "Improving competitiveness",
    "Creating joint offers",
    "Supporting research and scientific activity",
    "Exchanging experience and information, also with the scientific community, for the transfer of knowledge and technology",
    "Joint research for the partners' technological development",
    "Organising training sessions, seminars, internships and conferences",
    "Mutual promotion (website, promotional and advertising materials)",
    "Meetings to define the framework and details of the cooperation on an ongoing basis",
  ],
};

describe("list", () => {
  it.each(locales)("%s: the three agreements, most recently signed first", async (locale) => {
    const list = await queryAgreements(locale);
    expect(list.map((a) => [a.slug, a.signedAt])).toEqual([
      ["demo-porozumienie-agro-turystyka-2023", "2023-09-20T00:00:00.000Z"],
      ["demo-porozumienie-energia-ict-2019", "2019-04-10T00:00:00.000Z"],
      [OKIP_AGREEMENT_SLUG, "2015-06-17T00:00:00.000Z"],
    ]);
    expect(list.find((a) => a.slug === OKIP_AGREEMENT_SLUG)).toMatchObject({
      title: okipAgreementTitle[locale],
      contentLocale: locale,
      isFallback: false,
      place: "Jastrzębie-Zdrój",
    });
  });

  it("take limits the list to the most recent ones (the home page shows 3)", async () => {
    expect((await queryAgreements("pl", 1)).map((a) => a.slug)).toEqual(["demo-porozumienie-agro-turystyka-2023"]);
    expect(await queryAgreements("pl", 3)).toEqual(await queryAgreements("pl"));
  });

  it("each agreement is in the visitor's locale when translated, else Polish", async () => {
    const translated = await sql.rows<{ slug: string; locales: string[] }>(
      `SELECT a.slug, ARRAY(SELECT t.locale::text FROM "AgreementTranslation" t WHERE t."agreementId" = a.id) AS locales
         FROM "Agreement" a`,
    );
    for (const locale of locales) {
      for (const agreement of await queryAgreements(locale)) {
        const own = translated.find((t) => t.slug === agreement.slug)?.locales.includes(locale) ?? false;
        expect([agreement.slug, locale, agreement.contentLocale, agreement.isFallback]).toEqual([
          agreement.slug,
          locale,
          own ? locale : "pl",
          !own,
        ]);
      }
    }
    // The 2023 demo agreement has no German text.
    const demo = (await queryAgreements("de")).find((a) => a.slug === "demo-porozumienie-agro-turystyka-2023");
    expect(demo).toMatchObject({ contentLocale: "pl", isFallback: true });
    expect(demo?.title).toMatch(/^\[Demo\] Porozumienie/);
  });
});

describe("the OKIP agreement of 2015", () => {
  it.each(locales)("%s: parties in order, OKIP first with its signatory and role", async (locale) => {
    const agreement = await queryAgreementBySlug(locale, OKIP_AGREEMENT_SLUG);
    expect(agreement).toMatchObject({
      slug: OKIP_AGREEMENT_SLUG,
      title: okipAgreementTitle[locale],
      contentLocale: locale,
      isFallback: false,
      signedAt: "2015-06-17T00:00:00.000Z",
      place: "Jastrzębie-Zdrój",
      document: null,
    });
    expect(agreement?.parties.map((p) => p.cluster.slug)).toEqual(["okip", ...memberSlugs]);
    expect(agreement?.parties[0]).toEqual({
      cluster: { slug: "okip", name: OKIP_NAME },
      signatoryName: "Bogdan Węgrzynek",
      signatoryRole: okipSignatoryRole[locale],
    });
    // The article names no other signatory: nothing is made up for the five clusters.
    for (const party of agreement?.parties.slice(1) ?? []) {
      expect(party, party.cluster.slug).toMatchObject({ signatoryName: null, signatoryRole: null });
    }
    expect(agreement?.body).toMatch(/^<p>.*\(OKIP\)/);
    expect(inLocaleOrder(agreement?.locales ?? [])).toEqual([...locales]);
  });

  it("signatory role: prezes in Polish, President in English", async () => {
    expect((await queryAgreementBySlug("pl", OKIP_AGREEMENT_SLUG))?.parties[0]?.signatoryRole).toBe("prezes");
    expect((await queryAgreementBySlug("en", OKIP_AGREEMENT_SLUG))?.parties[0]?.signatoryRole).toBe("President");
    expect((await queryAgreementBySlug("en", OKIP_AGREEMENT_SLUG))?.body).toContain("its President, Bogdan Węgrzynek");
  });

  it.each(["pl", "en"] as const)("%s: the 10 cooperation areas in the article's order", async (locale) => {
    expect((await queryAgreementBySlug(locale, OKIP_AGREEMENT_SLUG))?.areas).toEqual(okipAreas[locale]);
  });

  it("the areas are translated in every locale, in the same stored order", async () => {
    const rows = await sql.rows<{ locale: AppLocale; names: string[] }>(
      `SELECT t.locale::text AS locale, array_agg(t.name ORDER BY aa.position) AS names
         FROM "AgreementArea" aa
         JOIN "Agreement" a ON a.id = aa."agreementId" AND a.slug = $1
         JOIN "CooperationAreaTranslation" t ON t."areaId" = aa."areaId"
        GROUP BY t.locale`,
      [OKIP_AGREEMENT_SLUG],
    );
    expect(rows).toHaveLength(5);
    const seen = new Set<string>();
    for (const { locale, names } of rows) {
      const areas = (await queryAgreementBySlug(locale, OKIP_AGREEMENT_SLUG))?.areas;
      expect(areas, locale).toEqual(names);
      expect(areas, locale).toHaveLength(10);
      seen.add(JSON.stringify(areas));
    }
    expect(seen.size).toBe(5);
  });

  it.each(locales)("%s: the linked posts include the OKIP article", async (locale) => {
    const posts = await queryPostsLinkedTo(locale, { agreementSlug: OKIP_AGREEMENT_SLUG });
    expect(posts.map((p) => ({ id: p.id, slug: p.slug }))).toContainEqual({
      id: OKIP_POST_ID,
      slug: okipArticle[locale].slug,
    });
  });
});

describe("demo agreements", () => {
  it("a partial translation falls back to Polish, the signatory's role too", async () => {
    const en = await queryAgreementBySlug("en", "demo-porozumienie-energia-ict-2019");
    expect(en).toMatchObject({ title: "[Demo] Energy and ICT clusters agreement", isFallback: false });
    expect(en?.parties.map((p) => p.cluster.slug)).toEqual([
      "demo-klaster-energii-pomorze",
      "demo-klaster-ict-mazowsze",
    ]);
    expect(en?.parties[0]).toMatchObject({
      signatoryName: "[Demo] Jan Przykładowy",
      signatoryRole: "[Demo] Chair of the Board",
    });
    expect(en?.areas).toEqual([
      "Joint projects enabling business and scientific-research cooperation",
      "Exchanging experience and information, also with the scientific community, for the transfer of knowledge and technology",
      "Mutual promotion (website, promotional and advertising materials)",
    ]);
    expect(inLocaleOrder(en?.locales ?? [])).toEqual(["pl", "en", "de"]);

    const fr = await queryAgreementBySlug("fr", "demo-porozumienie-energia-ict-2019");
    expect(fr).toMatchObject({
      contentLocale: "pl",
      isFallback: true,
      title: "[Demo] Porozumienie klastrów energii i ICT",
    });
    expect(fr?.body).toContain("Przykładowe porozumienie");
    expect(fr?.parties[0]?.signatoryRole).toBe("[Demo] prezes zarządu");
    expect(fr?.areas[0]).toBe(
      "Projets communs permettant une coopération économique ainsi que scientifique et de recherche",
    );
  });

  it("the 2023 agreement has three parties, none with a named signatory", async () => {
    const agreement = await queryAgreementBySlug("pl", "demo-porozumienie-agro-turystyka-2023");
    expect(agreement?.parties).toEqual([
      {
        cluster: {
          slug: "demo-klaster-rolno-spozywczy-lubelszczyzna",
          name: "[Demo] Klaster Rolno-Spożywczy Lubelszczyzna",
        },
        signatoryName: null,
        signatoryRole: null,
      },
      {
        cluster: { slug: "demo-klaster-turystyczny-malopolska", name: "[Demo] Klaster Turystyczny Małopolska" },
        signatoryName: null,
        signatoryRole: null,
      },
      {
        cluster: { slug: "demo-klaster-chemiczny-dolny-slask", name: "[Demo] Klaster Chemiczny Dolny Śląsk" },
        signatoryName: null,
        signatoryRole: null,
      },
    ]);
    expect(agreement?.areas).toEqual([
      "Organizowanie szkoleń, seminariów, staży i konferencji",
      "Tworzenie wspólnych ofert",
    ]);
  });

  it("an unknown slug is null", async () => {
    expect(await queryAgreementBySlug("pl", "no-such-agreement")).toBeNull();
    expect(await queryAgreementBySlug("en", "")).toBeNull();
  });
});
