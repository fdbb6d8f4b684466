import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  NEWS_PAGE_SIZE,
  type PostDetail,
  queryLatestPosts,
  queryNewsPage,
  queryPostBySlug,
  queryPostsLinkedTo,
} from "@/lib/data/posts";
import { type AppLocale, locales } from "@/lib/i18n/locales";
import { connectSql, PUBLIC_POST, publicPosts, type PublicPostRow, type Sql } from "../support/integration";
import { OKIP_AGREEMENT_SLUG, OKIP_POST_ID, OKIP_PUBLISHED_AT, memberSlugs, okipArticle } from "../support/okip";

// The news list: pages, the tag filter, the home page's latest posts, previous/next links
// and the posts linked to a cluster or an agreement.

let sql: Sql;
let posts: PublicPostRow[]; // every public post, newest first
let expectedTotal: number;

beforeAll(async () => {
  sql = await connectSql();
  posts = await publicPosts(sql);
  const [count] = await sql.rows<{ n: number }>(`SELECT count(*)::int AS n FROM "Post" p WHERE ${PUBLIC_POST}`);
  expectedTotal = count?.n ?? -1;
});

afterAll(async () => {
  await sql?.end();
});

function linkFor(row: PublicPostRow | undefined, locale: AppLocale) {
  if (!row) return null;
  const own = row.slugs[locale];
  return own
    ? { slug: own, title: row.titles[locale], contentLocale: locale }
    : { slug: row.slugs.pl, title: row.titles.pl, contentLocale: "pl" };
}

async function found(locale: AppLocale, slug: string): Promise<PostDetail> {
  const result = await queryPostBySlug(locale, slug);
  if (result.kind !== "found") throw new Error(`${locale}/${slug}: expected found, got ${JSON.stringify(result)}`);
  return result.post;
}

describe("pagination of the news list", () => {
  it("counts the public posts: 41 in the seed (the OKIP article and 40 demo posts)", () => {
    expect(NEWS_PAGE_SIZE).toBe(10);
    expect(posts).toHaveLength(expectedTotal);
    expect(expectedTotal).toBe(41);
  });

  it.each(locales)("%s: pages 1..N hold 10, 10, … the rest, newest first, each post exactly once", async (locale) => {
    const totalPages = Math.ceil(expectedTotal / NEWS_PAGE_SIZE);
    const seen: string[] = [];
    const sizes: number[] = [];
    for (let page = 1; page <= totalPages; page++) {
      const result = await queryNewsPage(locale, page);
      expect(result, `page ${page}`).not.toBeNull();
      if (!result) continue;
      expect({ page: result.page, totalPages: result.totalPages, total: result.total }).toEqual({
        page,
        totalPages,
        total: expectedTotal,
      });
      sizes.push(result.posts.length);
      seen.push(...result.posts.map((p) => p.id));
    }
    const expectedSizes = Array.from({ length: totalPages }, (_, i) =>
      Math.min(NEWS_PAGE_SIZE, expectedTotal - i * NEWS_PAGE_SIZE),
    );
    expect(sizes).toEqual(expectedSizes);
    expect(sizes).toEqual([10, 10, 10, 10, 1]);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(posts.map((p) => p.id));
  });

  it("orders by publication time, newest first, the OKIP article (2015) last", async () => {
    const all: string[] = [];
    for (let page = 1; page <= 5; page++) {
      for (const post of (await queryNewsPage("pl", page))?.posts ?? []) all.push(post.publishedAt);
    }
    expect(all).toEqual([...all].sort().reverse());
    const last = (await queryNewsPage("pl", 5))?.posts.at(-1);
    expect(last).toMatchObject({ id: OKIP_POST_ID, publishedAt: OKIP_PUBLISHED_AT });
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 6, 1000])("page %s is null", async (page) => {
    expect(await queryNewsPage("pl", page)).toBeNull();
  });

  it("the first page after the last one is null in every locale", async () => {
    const after = Math.ceil(expectedTotal / NEWS_PAGE_SIZE) + 1;
    for (const locale of locales) expect(await queryNewsPage(locale, after), locale).toBeNull();
  });
});

describe("tag filter", () => {
  it("agreements: only the OKIP article", async () => {
    for (const locale of locales) {
      const page = await queryNewsPage(locale, 1, "agreements");
      expect(page, locale).toMatchObject({ page: 1, totalPages: 1, total: 1 });
      expect(page?.posts.map((p) => [p.id, p.slug])).toEqual([[OKIP_POST_ID, okipArticle[locale].slug]]);
    }
    expect(await queryNewsPage("pl", 2, "agreements")).toBeNull();
  });

  it("every tag lists exactly its public posts, newest first, 10 a page", async () => {
    const tags = await sql.rows<{ slug: string }>(`SELECT slug FROM "Tag" ORDER BY slug`);
    expect(tags.length).toBeGreaterThanOrEqual(6);
    for (const { slug } of tags) {
      const expected = await sql.rows<{ id: string }>(
        `SELECT p.id FROM "Post" p
          WHERE ${PUBLIC_POST}
            AND EXISTS (SELECT 1 FROM "PostTag" pt JOIN "Tag" g ON g.id = pt."tagId" WHERE pt."postId" = p.id AND g.slug = $1)
          ORDER BY p."publishedAt" DESC, p.id DESC`,
        [slug],
      );
      const totalPages = Math.max(1, Math.ceil(expected.length / NEWS_PAGE_SIZE));
      const ids: string[] = [];
      for (let page = 1; page <= totalPages; page++) {
        const result = await queryNewsPage("en", page, slug);
        expect(result, `${slug} page ${page}`).toMatchObject({ page, totalPages, total: expected.length });
        ids.push(...(result?.posts.map((p) => p.id) ?? []));
        for (const post of result?.posts ?? []) expect(post.tags.map((t) => t.slug)).toContain(slug);
      }
      expect(ids, slug).toEqual(expected.map((e) => e.id));
      expect(await queryNewsPage("en", totalPages + 1, slug), slug).toBeNull();
    }
  });

  it("an unknown tag gives an empty first page, not null (the news page 404s it through getTags)", async () => {
    expect(await queryNewsPage("pl", 1, "no-such-tag")).toEqual({ posts: [], page: 1, totalPages: 1, total: 0 });
    expect(await queryNewsPage("pl", 2, "no-such-tag")).toBeNull();
    expect(await queryNewsPage("pl", 0, "no-such-tag")).toBeNull();
  });

  it("an empty tag string means no filter", async () => {
    expect((await queryNewsPage("pl", 1, ""))?.total).toBe(expectedTotal);
  });
});

describe("latest posts for the home page", () => {
  it.each(locales)("%s: the first posts of page 1", async (locale) => {
    const page = await queryNewsPage(locale, 1);
    expect(await queryLatestPosts(locale, 4)).toEqual(page?.posts.slice(0, 4));
    expect((await queryLatestPosts(locale, 4)).map((p) => p.id)).toEqual(posts.slice(0, 4).map((p) => p.id));
    expect(await queryLatestPosts(locale, 1)).toHaveLength(1);
    expect(await queryLatestPosts(locale, 0)).toEqual([]);
  });

  // queryLatestPosts honours `take` beyond one news page.
  it("returns `take` posts when more than a page's worth is asked for", async () => {
    expect((await queryLatestPosts("pl", 12)).map((p) => p.id)).toEqual(posts.slice(0, 12).map((p) => p.id));
  });

  it("never includes the scheduled post nor drafts", async () => {
    const ids = (await queryLatestPosts("en", 10)).map((p) => p.id);
    expect(ids).toHaveLength(10);
    expect(ids.filter((id) => !posts.some((p) => p.id === id))).toEqual([]);
  });
});

describe("previous / next links of an article", () => {
  it("the OKIP article is the oldest public post: no previous, next is the post published after it", async () => {
    const oldest = posts.at(-1);
    expect(oldest?.id).toBe(OKIP_POST_ID);
    for (const locale of locales) {
      const post = await found(locale, okipArticle[locale].slug);
      expect(post.previous, locale).toBeNull();
      expect(post.next, locale).toEqual(linkFor(posts.at(-2), locale));
    }
    // The post after it is a Polish-only demo post: in English the link says it is Polish.
    const next = (await found("en", okipArticle.en.slug)).next;
    expect(next?.contentLocale).toBe("pl");
  });

  it("the newest post has no next link, though a post is scheduled after it", async () => {
    const newest = posts[0];
    if (!newest?.slugs.pl) throw new Error("no newest post");
    const post = await found("pl", newest.slugs.pl);
    expect(post.next).toBeNull();
    expect(post.previous).toEqual(linkFor(posts[1], "pl"));
  });

  it.each(["pl", "en"] as const)(
    "%s: previous is the older neighbour and next the newer, for every post",
    async (locale) => {
      for (const [i, row] of posts.entries()) {
        const slug = row.slugs[locale] ?? row.slugs.pl;
        if (!slug) throw new Error(`${row.id} has no slug`);
        const post = await found(locale, slug);
        expect({ id: post.id, previous: post.previous, next: post.next }).toEqual({
          id: row.id,
          previous: linkFor(posts[i + 1], locale),
          next: linkFor(posts[i - 1], locale),
        });
      }
    },
  );
});

describe("posts linked to a cluster or an agreement", () => {
  it.each(locales)("%s: the OKIP agreement is announced by the OKIP article", async (locale) => {
    const linked = await queryPostsLinkedTo(locale, { agreementSlug: OKIP_AGREEMENT_SLUG });
    expect(linked.map((p) => [p.id, p.slug, p.title, p.contentLocale])).toEqual([
      [OKIP_POST_ID, okipArticle[locale].slug, okipArticle[locale].title, locale],
    ]);
  });

  it("OKIP and each of its five members link to the OKIP article", async () => {
    for (const clusterSlug of ["okip", ...memberSlugs]) {
      const linked = await queryPostsLinkedTo("de", { clusterSlug });
      expect(
        linked.map((p) => p.id),
        clusterSlug,
      ).toContain(OKIP_POST_ID);
    }
  });

  it("every cluster and agreement lists its public posts, newest first, at most `take`", async () => {
    const clusters = await sql.rows<{ slug: string; ids: string[] }>(
      `SELECT c.slug, ARRAY(
                SELECT p.id FROM "Post" p JOIN "PostCluster" pc ON pc."postId" = p.id
                 WHERE pc."clusterId" = c.id AND ${PUBLIC_POST}
                 ORDER BY p."publishedAt" DESC, p.id DESC) AS ids
         FROM "Cluster" c ORDER BY c.slug`,
    );
    expect(clusters).toHaveLength(12);
    for (const { slug, ids } of clusters) {
      expect(
        (await queryPostsLinkedTo("pl", { clusterSlug: slug })).map((p) => p.id),
        slug,
      ).toEqual(ids.slice(0, 10));
      expect(
        (await queryPostsLinkedTo("pl", { clusterSlug: slug }, 2)).map((p) => p.id),
        slug,
      ).toEqual(ids.slice(0, 2));
    }
    // The demo set links enough posts to some cluster to make `take` matter.
    expect(clusters.some((c) => c.ids.length > 2)).toBe(true);

    const agreements = await sql.rows<{ slug: string; ids: string[] }>(
      `SELECT a.slug, ARRAY(
                SELECT p.id FROM "Post" p WHERE p."agreementId" = a.id AND ${PUBLIC_POST}
                 ORDER BY p."publishedAt" DESC, p.id DESC) AS ids
         FROM "Agreement" a ORDER BY a.slug`,
    );
    expect(agreements).toHaveLength(3);
    for (const { slug, ids } of agreements) {
      expect(ids.length, slug).toBeGreaterThan(0);
      expect(
        (await queryPostsLinkedTo("fr", { agreementSlug: slug })).map((p) => p.id),
        slug,
      ).toEqual(ids);
    }
  });

  it("an unknown cluster or agreement has no posts", async () => {
    expect(await queryPostsLinkedTo("pl", { clusterSlug: "no-such-cluster" })).toEqual([]);
    expect(await queryPostsLinkedTo("pl", { agreementSlug: "no-such-agreement" })).toEqual([]);
  });
});
