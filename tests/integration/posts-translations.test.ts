import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PostDetail, queryNewsPage, queryPostBySlug } from "@/lib/data/posts";
import { type AppLocale, locales } from "@/lib/i18n/locales";
import {
  connectSql,
  hiddenPostTranslations,
  NOW_UTC,
  publicPosts,
  type PublicPostRow,
  type Sql,
} from "../support/integration";
import {
  OKIP_AGREEMENT_SLUG,
  OKIP_POST_ID,
  OKIP_PUBLISHED_AT,
  memberSlugs,
  okipAgreementTitle,
  okipArticle,
  okipTagNames,
} from "../support/okip";

// The fallback to Polish, redirects between the locales' slugs, and what must never be found.

let sql: Sql;
let posts: PublicPostRow[];

beforeAll(async () => {
  sql = await connectSql();
  posts = await publicPosts(sql);
});

afterAll(async () => {
  await sql?.end();
});

async function found(locale: AppLocale, slug: string): Promise<PostDetail> {
  const result = await queryPostBySlug(locale, slug);
  if (result.kind !== "found") throw new Error(`${locale}/${slug}: expected found, got ${JSON.stringify(result)}`);
  return result.post;
}

// Every post of the news list in a locale, page after page.
async function listAll(locale: AppLocale) {
  const first = await queryNewsPage(locale, 1);
  if (!first) throw new Error("no first page");
  const all = [...first.posts];
  for (let page = 2; page <= first.totalPages; page++) all.push(...((await queryNewsPage(locale, page))?.posts ?? []));
  return all;
}

function postRow(id: string): PublicPostRow {
  const row = posts.find((p) => p.id === id);
  if (!row) throw new Error(`no public post ${id}`);
  return row;
}

describe("the OKIP article in each locale", () => {
  it.each(locales)("%s: the detail is that locale's own translation", async (locale) => {
    const post = await found(locale, okipArticle[locale].slug);
    expect(post).toMatchObject({
      id: OKIP_POST_ID,
      slug: okipArticle[locale].slug,
      title: okipArticle[locale].title,
      contentLocale: locale,
      isFallback: false,
      publishedAt: OKIP_PUBLISHED_AT,
      authorName: "Anna Figiel",
      agreement: { slug: OKIP_AGREEMENT_SLUG, title: okipAgreementTitle[locale] },
    });
    expect(post.body).toMatch(/^<p>/);
    expect(post.body).toContain("Jastrz");
    expect(post.excerpt).toBeTruthy();
    expect(post.seoTitle).toBeTruthy();
    expect(post.seoDescription).toBeTruthy();
    expect(post.slugs).toEqual(Object.fromEntries(locales.map((l) => [l, okipArticle[l].slug])));
    // The clusters in order of mention: OKIP, then the five signatories.
    expect(post.clusters.map((c) => c.slug)).toEqual(["okip", ...memberSlugs]);
    expect(post.tags.map((t) => t.slug).sort()).toEqual(["agreements", "cooperation"]);
    for (const tag of post.tags) {
      expect(tag.name).toBe(okipTagNames[tag.slug as keyof typeof okipTagNames][locale]);
    }
    expect(post.cover).toMatchObject({ src: "/media/seed/okip-agreement-2015.jpg", width: 1200, height: 630 });
    expect(post.cover?.alt).toMatch(/2015/);
  });

  it("has a different cover alt text per locale", async () => {
    const alts = new Set<string | undefined>();
    for (const locale of locales) alts.add((await found(locale, okipArticle[locale].slug)).cover?.alt);
    expect(alts.size).toBe(locales.length);
  });

  it.each(locales)("%s: the news list shows the article in that locale too", async (locale) => {
    const listed = (await listAll(locale)).find((p) => p.id === OKIP_POST_ID);
    expect(listed).toMatchObject({
      slug: okipArticle[locale].slug,
      title: okipArticle[locale].title,
      contentLocale: locale,
      isFallback: false,
    });
  });

  it.each(locales.flatMap((from) => locales.filter((to) => to !== from).map((to) => [to, from] as const)))(
    "asked in %s with the %s slug, redirects to its own slug",
    async (locale, other) => {
      expect(await queryPostBySlug(locale, okipArticle[other].slug)).toEqual({
        kind: "redirect",
        slug: okipArticle[locale].slug,
      });
    },
  );
});

describe("fallback to the Polish original", () => {
  it("a demo post without an English translation is served in Polish, flagged as fallback", async () => {
    const [row] = await sql.rows<{ id: string; slug: string; title: string }>(
      `SELECT p.id, t.slug, t.title FROM "Post" p JOIN "PostTranslation" t ON t."postId" = p.id AND t.locale = 'pl'
        WHERE p."isDemo" AND p.status = 'PUBLISHED' AND p."publishedAt" <= ${NOW_UTC} AND t.status = 'PUBLISHED'
          AND NOT EXISTS (SELECT 1 FROM "PostTranslation" o WHERE o."postId" = p.id AND o.locale <> 'pl')
        ORDER BY p."publishedAt" LIMIT 1`,
    );
    if (!row) throw new Error("the demo set has no Polish-only post");
    const post = await found("en", row.slug);
    expect(post).toMatchObject({ id: row.id, slug: row.slug, title: row.title, contentLocale: "pl", isFallback: true });
    expect(post.slugs).toEqual({ pl: row.slug });
    // The same post in Polish is not a fallback.
    expect(await found("pl", row.slug)).toMatchObject({ id: row.id, contentLocale: "pl", isFallback: false });
  });

  it("a post with a translation in one other locale falls back to Polish in the remaining ones", async () => {
    const row = posts.find((p) => Object.keys(p.slugs).sort().join() === "en,pl");
    if (!row?.slugs.pl || !row.slugs.en) throw new Error("the demo set has no pl+en post");
    expect(await found("en", row.slugs.en)).toMatchObject({ id: row.id, contentLocale: "en", isFallback: false });
    for (const locale of ["de", "fr", "ru"] as const) {
      expect(await found(locale, row.slugs.pl)).toMatchObject({ id: row.id, contentLocale: "pl", isFallback: true });
      // The English slug in a locale without a translation leads to the Polish original.
      expect(await queryPostBySlug(locale, row.slugs.en)).toEqual({ kind: "redirect", slug: row.slugs.pl });
    }
    expect(await queryPostBySlug("pl", row.slugs.en)).toEqual({ kind: "redirect", slug: row.slugs.pl });
    expect(await queryPostBySlug("en", row.slugs.pl)).toEqual({ kind: "redirect", slug: row.slugs.en });
  });

  it.each(locales)("%s: every listed post is in that locale when translated, else Polish", async (locale) => {
    const listed = await listAll(locale);
    expect(listed).toHaveLength(posts.length);
    for (const post of listed) {
      const row = postRow(post.id);
      const own = row.slugs[locale];
      const expected = own
        ? { slug: own, title: row.titles[locale], contentLocale: locale, isFallback: false }
        : { slug: row.slugs.pl, title: row.titles.pl, contentLocale: "pl", isFallback: true };
      expect({ id: post.id, ...expected }).toEqual({
        id: post.id,
        slug: post.slug,
        title: post.title,
        contentLocale: post.contentLocale,
        isFallback: post.isFallback,
      });
    }
  });

  it("the demo set really exercises the fallback in every other locale", async () => {
    for (const locale of locales.filter((l) => l !== "pl")) {
      const listed = await listAll(locale);
      expect(
        listed.some((p) => p.isFallback),
        locale,
      ).toBe(true);
      expect(
        listed.some((p) => !p.isFallback),
        locale,
      ).toBe(true);
    }
  });
});

describe("a DRAFT translation of a published post", () => {
  let draft: { postId: string; locale: AppLocale; slug: string; plSlug: string };

  beforeAll(async () => {
    const rows = await sql.rows<typeof draft>(
      `SELECT t."postId", t.locale::text AS locale, t.slug, pl.slug AS "plSlug"
         FROM "PostTranslation" t JOIN "Post" p ON p.id = t."postId"
         JOIN "PostTranslation" pl ON pl."postId" = p.id AND pl.locale = 'pl' AND pl.status = 'PUBLISHED'
        WHERE t.status = 'DRAFT' AND p.status = 'PUBLISHED' AND p."publishedAt" <= ${NOW_UTC}`,
    );
    // The demo set has exactly one: an English translation left as a draft.
    expect(rows).toHaveLength(1);
    const [row] = rows;
    if (!row) throw new Error("unreachable");
    expect(row.locale).toBe("en");
    draft = row;
  });

  it("is never returned: the page in that locale falls back to Polish", async () => {
    const post = await found(draft.locale, draft.plSlug);
    expect(post).toMatchObject({ id: draft.postId, slug: draft.plSlug, contentLocale: "pl", isFallback: true });
    expect(post.slugs).not.toHaveProperty(draft.locale);
    expect(post.slugs).toHaveProperty("pl", draft.plSlug);
  });

  it("its slug is not found, in its own locale nor any other", async () => {
    for (const locale of locales)
      expect(await queryPostBySlug(locale, draft.slug), locale).toEqual({ kind: "missing" });
  });

  it("is not used in the news list either", async () => {
    const listed = (await listAll(draft.locale)).find((p) => p.id === draft.postId);
    expect(listed).toMatchObject({ slug: draft.plSlug, contentLocale: "pl", isFallback: true });
  });
});

describe("slugs lists only published translations", () => {
  it("for every public post, equal to its published translations in the database", async () => {
    for (const row of posts) {
      const slug = row.slugs.pl;
      if (!slug) throw new Error(`${row.id} has no published Polish translation`);
      const post = await found("pl", slug);
      expect(post.slugs, row.id).toEqual(row.slugs);
      expect(post.publishedAt, row.id).toBe(row.publishedAt);
    }
  });
});

describe("what is never found", () => {
  it.each(locales)("%s: an unknown slug is missing", async (locale) => {
    expect(await queryPostBySlug(locale, "no-such-post")).toEqual({ kind: "missing" });
    expect(await queryPostBySlug(locale, "")).toEqual({ kind: "missing" });
    // Slugs are matched exactly, not as a prefix or case-insensitively.
    expect(await queryPostBySlug(locale, okipArticle[locale].slug.slice(0, -1))).toEqual({ kind: "missing" });
    expect(await queryPostBySlug(locale, okipArticle[locale].slug.toUpperCase())).toEqual({ kind: "missing" });
  });

  it("the seed holds two drafts and one post scheduled in the future", async () => {
    const hidden = await sql.rows<{ id: string; status: string; publishedAt: string | null }>(
      `SELECT id, status::text AS status, to_char("publishedAt", 'YYYY-MM-DD') AS "publishedAt"
         FROM "Post" WHERE NOT (status = 'PUBLISHED' AND "publishedAt" <= ${NOW_UTC}) ORDER BY id`,
    );
    expect(hidden).toEqual([
      { id: "post_demo_draft_1", status: "DRAFT", publishedAt: null },
      { id: "post_demo_draft_2", status: "DRAFT", publishedAt: null },
      { id: "post_demo_scheduled", status: "SCHEDULED", publishedAt: "2027-03-15" },
    ]);
  });

  it("drafts and the scheduled post are not found by any of their slugs, in any locale", async () => {
    const hidden = await hiddenPostTranslations(sql);
    // Including the scheduled post's translations, which are themselves PUBLISHED.
    expect(hidden.map((h) => h.postId)).toContain("post_demo_scheduled");
    expect(hidden.length).toBeGreaterThanOrEqual(5);
    for (const { postId, slug } of hidden) {
      for (const locale of locales) {
        expect(await queryPostBySlug(locale, slug), `${postId} ${locale}/${slug}`).toEqual({ kind: "missing" });
      }
    }
  });

  it.each(locales)("%s: drafts and the scheduled post are not listed", async (locale) => {
    const hiddenIds = new Set((await hiddenPostTranslations(sql)).map((h) => h.postId));
    const listed = await listAll(locale);
    expect(listed.filter((p) => hiddenIds.has(p.id))).toEqual([]);
  });
});
