import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryClusterBySlug, queryClusterFacets, queryClusters } from "@/lib/data/clusters";
import type { Region } from "@/lib/generated/prisma/enums";
import { type AppLocale, locales } from "@/lib/i18n/locales";
import { connectSql, inLocaleOrder, type Sql } from "../support/integration";
import { OKIP_AGREEMENT_SLUG, OKIP_NAME, memberSlugs, okipAgreementTitle } from "../support/okip";

// The cluster directory (filters, search, order), its facets, and the cluster profiles.

interface ClusterRow {
  slug: string;
  isUmbrella: boolean;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  region: Region | null;
  foundedYear: number | null;
  memberCount: number | null;
  sectors: string[];
  locales: AppLocale[];
}

let sql: Sql;
let clusters: ClusterRow[];

beforeAll(async () => {
  sql = await connectSql();
  clusters = await sql.rows<ClusterRow>(
    `SELECT c.slug, c."isUmbrella", c.website, c.email, c.phone, c.address, c."postalCode", c.city,
            c.region::text AS region, c."foundedYear", c."memberCount", c.sectors,
            ARRAY(SELECT t.locale::text FROM "ClusterTranslation" t WHERE t."clusterId" = c.id) AS locales
       FROM "Cluster" c ORDER BY c.slug`,
  );
});

afterAll(async () => {
  await sql?.end();
});

const slugs = (list: { slug: string }[]) => list.map((c) => c.slug);
const sortedSlugs = (list: { slug: string }[]) => slugs(list).sort();

describe("directory", () => {
  it("lists all 12 clusters in every locale", async () => {
    expect(clusters).toHaveLength(12);
    for (const locale of locales) expect(await queryClusters(locale), locale).toHaveLength(12);
  });

  it("pl: the umbrella first, then the others by name in Polish collation", async () => {
    expect(slugs(await queryClusters("pl"))).toEqual([
      "okip",
      "demo-klaster-budowlany-wielkopolska",
      "demo-klaster-chemiczny-dolny-slask",
      "demo-klaster-energii-pomorze",
      "demo-klaster-ict-mazowsze",
      "demo-klaster-rolno-spozywczy-lubelszczyzna",
      "demo-klaster-turystyczny-malopolska",
      "jastrzebski-klaster-innowacji",
      // Collation, not code points: "for" before "Innowacyjne" although "I" < "f" in Unicode.
      "klaster-for-africa",
      "klaster-innowacyjne-regiony",
      "pikmed",
      "polski-klaster-weterynaryjny",
    ]);
  });

  it.each(locales)("%s: umbrella networks first, then names sorted by the locale's collation", async (locale) => {
    const list = await queryClusters(locale);
    const umbrellas = list.filter((c) => c.isUmbrella);
    expect(slugs(umbrellas)).toEqual(["okip"]);
    expect(list[0]?.slug).toBe("okip");
    const rest = list.slice(1);
    const collator = new Intl.Collator(locale);
    expect(rest.map((c) => c.name)).toEqual([...rest.map((c) => c.name)].sort(collator.compare));
  });

  it("shows each cluster's own translation or the Polish fallback", async () => {
    for (const locale of locales) {
      for (const summary of await queryClusters(locale)) {
        const row = clusters.find((c) => c.slug === summary.slug);
        const own = row?.locales.includes(locale) ?? false;
        expect([summary.slug, summary.contentLocale, summary.isFallback]).toEqual([
          summary.slug,
          own ? locale : "pl",
          !own,
        ]);
      }
    }
    const ict = (await queryClusters("fr")).find((c) => c.slug === "demo-klaster-ict-mazowsze");
    expect(ict).toMatchObject({ contentLocale: "pl", isFallback: true });
    expect(ict?.shortDescription).toBe("Przykładowy klaster firm informatycznych i kreatywnych.");
  });

  it("region slaskie: exactly the five Silesian signatories (OKIP itself has no region)", async () => {
    expect(clusters.find((c) => c.slug === "okip")?.region).toBeNull();
    for (const locale of locales) {
      const list = await queryClusters(locale, { region: "slaskie" });
      expect(slugs(list).sort(), locale).toEqual([...memberSlugs].sort());
      expect(list.every((c) => c.region === "slaskie")).toBe(true);
    }
  });

  it("sector medical: PIKMED only (no demo cluster has that sector)", async () => {
    expect(clusters.filter((c) => c.sectors.includes("medical")).map((c) => c.slug)).toEqual(["pikmed"]);
    expect(slugs(await queryClusters("en", { sector: "medical" }))).toEqual(["pikmed"]);
  });

  it("every region and sector filter returns exactly the clusters that have it", async () => {
    const { regions, sectors } = await queryClusterFacets();
    for (const region of regions) {
      const expected = clusters.filter((c) => c.region === region).map((c) => c.slug);
      expect(sortedSlugs(await queryClusters("pl", { region })), region).toEqual(expected);
    }
    for (const sector of sectors) {
      const expected = clusters.filter((c) => c.sectors.includes(sector)).map((c) => c.slug);
      expect(sortedSlugs(await queryClusters("pl", { sector })), sector).toEqual(expected);
    }
  });

  it("a region or sector nobody has gives an empty list", async () => {
    expect(await queryClusters("pl", { region: "opolskie" })).toEqual([]);
    expect(await queryClusters("pl", { sector: "no-such-sector" })).toEqual([]);
  });

  it.each(["pikmed", "PIKMED", "PikMed", "  pikmed  ", "medyczny"])("q %j finds PIKMED", async (q) => {
    expect(slugs(await queryClusters("pl", { q }))).toEqual(["pikmed"]);
  });

  it("q is case-insensitive beyond ASCII", async () => {
    expect(slugs(await queryClusters("pl", { q: "JASTRZĘBSKI" }))).toEqual(["jastrzebski-klaster-innowacji"]);
    expect(slugs(await queryClusters("pl", { q: "dolny śląsk" }))).toEqual(["demo-klaster-chemiczny-dolny-slask"]);
  });

  it("q matching nothing gives []; a blank q is no filter", async () => {
    expect(await queryClusters("pl", { q: "zzz-no-such-cluster" })).toEqual([]);
    expect(await queryClusters("en", { q: "100%" })).toEqual([]);
    expect(await queryClusters("pl", { q: "   " })).toHaveLength(12);
    expect(await queryClusters("pl", { q: "" })).toHaveLength(12);
  });

  it("q keeps the umbrella first and the collation order", async () => {
    const list = await queryClusters("pl", { q: "klaster" });
    expect(list[0]?.slug).toBe("okip");
    expect(list.length).toBe(12);
  });

  it("combines filters (all must match)", async () => {
    expect(slugs(await queryClusters("pl", { region: "slaskie", sector: "medical" }))).toEqual(["pikmed"]);
    expect(await queryClusters("pl", { region: "pomorskie", sector: "medical" })).toEqual([]);
    expect(slugs(await queryClusters("pl", { region: "slaskie", q: "africa" }))).toEqual(["klaster-for-africa"]);
    expect(await queryClusters("pl", { region: "slaskie", q: "demo" })).toEqual([]);
    expect(sortedSlugs(await queryClusters("pl", { sector: "creative" }))).toEqual([
      "demo-klaster-ict-mazowsze",
      "demo-klaster-turystyczny-malopolska",
    ]);
    expect(slugs(await queryClusters("pl", { sector: "creative", region: "malopolskie" }))).toEqual([
      "demo-klaster-turystyczny-malopolska",
    ]);
    expect(slugs(await queryClusters("pl", { sector: "creative", q: "ICT" }))).toEqual(["demo-klaster-ict-mazowsze"]);
    expect(slugs(await queryClusters("pl", { region: "slaskie", sector: "veterinary", q: "weterynaryjny" }))).toEqual([
      "polski-klaster-weterynaryjny",
    ]);
    expect(await queryClusters("pl", { region: "slaskie", sector: "veterinary", q: "pikmed" })).toEqual([]);
  });

  // Regression: Prisma passes LIKE wildcards through `contains` (prisma/prisma#19506), so
  // queryClusters escapes them; "%" or "_" must not list every cluster.
  it("q is matched literally, % and _ are not wildcards", async () => {
    expect(await queryClusters("pl", { q: "%" })).toEqual([]);
    expect(await queryClusters("pl", { q: "_" })).toEqual([]);
    expect(await queryClusters("pl", { q: "klaster_for" })).toEqual([]);
  });
});

describe("facets", () => {
  it("list only the regions and sectors in use, sorted", async () => {
    const facets = await queryClusterFacets();
    expect(facets).toEqual({
      regions: ["dolnoslaskie", "lubelskie", "malopolskie", "mazowieckie", "pomorskie", "slaskie", "wielkopolskie"],
      sectors: [
        "agrifood",
        "chemistry",
        "construction",
        "creative",
        "energy",
        "environment",
        "export",
        "ict",
        "logistics",
        "manufacturing",
        "medical",
        "regional-development",
        "tourism",
        "veterinary",
      ],
    });
    const regions = [...new Set(clusters.flatMap((c) => (c.region ? [c.region] : [])))].sort();
    const sectors = [...new Set(clusters.flatMap((c) => c.sectors))].sort();
    expect(facets).toEqual({ regions, sectors });
  });
});

describe("profile", () => {
  it.each(locales)("%s: okip is the umbrella of the five signatories", async (locale) => {
    const okip = await queryClusterBySlug(locale, "okip");
    expect(okip).toMatchObject({
      slug: "okip",
      name: OKIP_NAME,
      contentLocale: locale,
      isFallback: false,
      isUmbrella: true,
      parent: null,
      region: null,
      city: null,
      website: "https://www.klasterip.pl",
    });
    expect(okip?.members.map((m) => m.slug).sort()).toEqual([...memberSlugs].sort());
    // Members are sorted by name in the locale's collation.
    const names = okip?.members.map((m) => m.name) ?? [];
    expect(names).toEqual([...names].sort(new Intl.Collator(locale).compare));
    expect(okip?.agreements.map((a) => a.slug)).toEqual([OKIP_AGREEMENT_SLUG]);
    expect(okip?.description).toMatch(/^<p>/);
  });

  it.each(memberSlugs)("%s: parent okip, region slaskie, party of the OKIP agreement", async (slug) => {
    for (const locale of locales) {
      const cluster = await queryClusterBySlug(locale, slug);
      expect(cluster, `${slug} ${locale}`).toMatchObject({
        slug,
        isUmbrella: false,
        region: "slaskie",
        parent: { slug: "okip", name: OKIP_NAME },
        members: [],
        contentLocale: locale,
        isFallback: false,
      });
      expect(cluster?.agreements, `${slug} ${locale}`).toEqual([
        {
          slug: OKIP_AGREEMENT_SLUG,
          title: okipAgreementTitle[locale],
          signedAt: "2015-06-17T00:00:00.000Z",
          place: "Jastrzębie-Zdrój",
        },
      ]);
    }
  });

  it("PIKMED: unknown contacts stay null, nothing invented", async () => {
    const pikmed = await queryClusterBySlug("en", "pikmed");
    expect(pikmed).toMatchObject({
      name: "Polski Innowacyjny Klaster Medyczny PIKMED",
      website: null,
      email: null,
      phone: null,
      address: null,
      postalCode: null,
      city: null,
      foundedYear: null,
      memberCount: null,
      socialLinks: [],
      logo: null,
      sectors: ["medical"],
    });
    expect(pikmed?.agreements.map((a) => a.slug)).toContain(OKIP_AGREEMENT_SLUG);
  });

  it("every profile's facts are the stored ones, in every locale", async () => {
    for (const row of clusters) {
      for (const locale of locales) {
        const cluster = await queryClusterBySlug(locale, row.slug);
        if (!cluster) throw new Error(`${row.slug} not found`);
        expect(
          {
            slug: cluster.slug,
            isUmbrella: cluster.isUmbrella,
            website: cluster.website,
            email: cluster.email,
            phone: cluster.phone,
            address: cluster.address,
            postalCode: cluster.postalCode,
            city: cluster.city,
            region: cluster.region,
            foundedYear: cluster.foundedYear,
            memberCount: cluster.memberCount,
            sectors: cluster.sectors,
            locales: inLocaleOrder(cluster.locales),
            contentLocale: cluster.contentLocale,
          },
          `${row.slug} ${locale}`,
        ).toEqual({
          ...row,
          locales: inLocaleOrder(row.locales),
          contentLocale: row.locales.includes(locale) ? locale : "pl",
        });
      }
    }
  });

  it("locales: all five for real clusters, fewer for demo clusters that lack some", async () => {
    for (const slug of ["okip", ...memberSlugs]) {
      expect(inLocaleOrder((await queryClusterBySlug("pl", slug))?.locales ?? []), slug).toEqual([...locales]);
    }
    const ict = await queryClusterBySlug("fr", "demo-klaster-ict-mazowsze");
    expect(inLocaleOrder(ict?.locales ?? [])).toEqual(["pl", "en", "de"]);
    expect(ict).toMatchObject({ contentLocale: "pl", isFallback: true, region: "mazowieckie", memberCount: 52 });
    expect(ict?.description).toContain("Przykładowy klaster firm informatycznych");
    expect(
      inLocaleOrder((await queryClusterBySlug("pl", "demo-klaster-chemiczny-dolny-slask"))?.locales ?? []),
    ).toEqual(["pl", "en"]);
  });

  it("a demo cluster lists its demo agreement, most recent first", async () => {
    const ict = await queryClusterBySlug("en", "demo-klaster-ict-mazowsze");
    expect(ict?.agreements).toEqual([
      {
        slug: "demo-porozumienie-energia-ict-2019",
        title: "[Demo] Energy and ICT clusters agreement",
        signedAt: "2019-04-10T00:00:00.000Z",
        place: "Gdańsk",
      },
    ]);
    expect(ict?.parent).toBeNull();
  });

  it("an unknown slug is null", async () => {
    expect(await queryClusterBySlug("pl", "no-such-cluster")).toBeNull();
    expect(await queryClusterBySlug("pl", "")).toBeNull();
  });
});
