import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryNewsPage } from "@/lib/data/posts";
import { queryTags } from "@/lib/data/tags";
import { type AppLocale, locales } from "@/lib/i18n/locales";
import { connectSql, PUBLIC_POST, type Sql } from "../support/integration";
import { okipTagNames } from "../support/okip";

// The tags of the news filter: only those with public posts, named per locale, with counts.

let sql: Sql;
let stored: { slug: string; count: number; names: Partial<Record<AppLocale, string>> }[];

beforeAll(async () => {
  sql = await connectSql();
  stored = await sql.rows(
    `SELECT g.slug,
            (SELECT count(*)::int FROM "PostTag" pt JOIN "Post" p ON p.id = pt."postId"
              WHERE pt."tagId" = g.id AND ${PUBLIC_POST}) AS count,
            (SELECT json_object_agg(t.locale, t.name) FROM "TagTranslation" t WHERE t."tagId" = g.id) AS names
       FROM "Tag" g ORDER BY g.slug`,
  );
});

afterAll(async () => {
  await sql?.end();
});

describe("tags", () => {
  it("the seed has six tags, each with public posts", () => {
    expect(stored.map((t) => [t.slug, t.count])).toEqual([
      ["agreements", 1],
      ["cooperation", 1],
      ["demo-events", 24],
      ["demo-members", 16],
      ["demo-projects", 8],
      ["demo-trade-fairs", 8],
    ]);
  });

  it.each(locales)("%s: only tags with public posts, with their counts", async (locale) => {
    const tags = await queryTags(locale);
    const expected = stored.filter((t) => t.count > 0);
    expect(tags.map((t) => [t.slug, t.postCount]).sort()).toEqual(expected.map((t) => [t.slug, t.count]).sort());
  });

  it.each(locales)("%s: names in that locale, sorted by its collation", async (locale) => {
    const tags = await queryTags(locale);
    for (const tag of tags) expect(tag.name, tag.slug).toBe(stored.find((t) => t.slug === tag.slug)?.names[locale]);
    expect(tags.find((t) => t.slug === "agreements")?.name).toBe(okipTagNames.agreements[locale]);
    expect(tags.find((t) => t.slug === "cooperation")?.name).toBe(okipTagNames.cooperation[locale]);
    const names = tags.map((t) => t.name);
    expect(names).toEqual([...names].sort(new Intl.Collator(locale).compare));
  });

  it("en: the exact list", async () => {
    expect(await queryTags("en")).toEqual([
      { slug: "demo-events", name: "[Demo] Events", postCount: 24 },
      { slug: "demo-members", name: "[Demo] Members", postCount: 16 },
      { slug: "demo-projects", name: "[Demo] Projects", postCount: 8 },
      { slug: "demo-trade-fairs", name: "[Demo] Trade fairs", postCount: 8 },
      { slug: "agreements", name: "Agreements", postCount: 1 },
      { slug: "cooperation", name: "Cooperation", postCount: 1 },
    ]);
  });

  it("each tag's count is the total of the news list filtered by it", async () => {
    for (const tag of await queryTags("pl")) {
      expect((await queryNewsPage("pl", 1, tag.slug))?.total, tag.slug).toBe(tag.postCount);
    }
  });
});
