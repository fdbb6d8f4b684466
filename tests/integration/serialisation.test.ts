import { describe, expect, it } from "vitest";
import { queryAgreementBySlug, queryAgreements } from "@/lib/data/agreements";
import { queryClusterBySlug, queryClusterFacets, queryClusters } from "@/lib/data/clusters";
import { queryLatestPosts, queryNewsPage, queryPostBySlug, queryPostsLinkedTo } from "@/lib/data/posts";
import { queryTags } from "@/lib/data/tags";
import { locales } from "@/lib/i18n/locales";
import { expectJsonRoundTrip } from "../support/integration";
import { OKIP_AGREEMENT_SLUG, okipArticle } from "../support/okip";

// The get* wrappers keep these results in Next's data cache, which stores JSON: every result
// must come back from JSON.parse(JSON.stringify(x)) unchanged, dates included.

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe("JSON-serialisable results", () => {
  it.each(locales)("%s: posts", async (locale) => {
    const page = await queryNewsPage(locale, 1);
    expectJsonRoundTrip(page);
    expectJsonRoundTrip(await queryNewsPage(locale, 5));
    expectJsonRoundTrip(await queryNewsPage(locale, 1, "agreements"));
    expectJsonRoundTrip(await queryLatestPosts(locale, 4));
    expectJsonRoundTrip(await queryPostsLinkedTo(locale, { clusterSlug: "okip" }));
    expectJsonRoundTrip(await queryPostsLinkedTo(locale, { agreementSlug: OKIP_AGREEMENT_SLUG }));
    const found = await queryPostBySlug(locale, okipArticle[locale].slug);
    expectJsonRoundTrip(found);
    expectJsonRoundTrip(await queryPostBySlug(locale, okipArticle[locale === "pl" ? "en" : "pl"].slug));
    expectJsonRoundTrip(await queryPostBySlug(locale, "no-such-post"));

    for (const post of page?.posts ?? []) expect(post.publishedAt).toMatch(ISO);
    if (found.kind !== "found") throw new Error("OKIP article not found");
    expect(found.post.publishedAt).toBe("2015-06-24T08:00:00.000Z");
  });

  it.each(locales)("%s: clusters", async (locale) => {
    expectJsonRoundTrip(await queryClusters(locale));
    expectJsonRoundTrip(await queryClusters(locale, { region: "slaskie", sector: "medical", q: "pik" }));
    expectJsonRoundTrip(await queryClusterFacets());
    for (const slug of ["okip", "pikmed", "demo-klaster-ict-mazowsze", "demo-klaster-energii-pomorze"]) {
      const cluster = await queryClusterBySlug(locale, slug);
      expectJsonRoundTrip(cluster);
      for (const agreement of cluster?.agreements ?? []) expect(agreement.signedAt).toMatch(ISO);
    }
  });

  it.each(locales)("%s: agreements and tags", async (locale) => {
    const list = await queryAgreements(locale);
    expectJsonRoundTrip(list);
    for (const agreement of list) {
      expect(agreement.signedAt).toMatch(ISO);
      expectJsonRoundTrip(await queryAgreementBySlug(locale, agreement.slug));
    }
    expectJsonRoundTrip(await queryTags(locale));
  });

  it("the round trip check itself rejects dates and undefined properties", () => {
    expect(() => expectJsonRoundTrip({ at: new Date(0) })).toThrow();
    expect(() => expectJsonRoundTrip({ missing: undefined })).toThrow();
    expectJsonRoundTrip({ at: new Date(0).toISOString(), nothing: null });
  });
});
