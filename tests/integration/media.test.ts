import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/media/[...path]/route";
import { queryPostBySlug } from "@/lib/data/posts";
import { connectSql, type Sql } from "../support/integration";
import { okipArticle } from "../support/okip";

// The seeded cover end to end: processed into MEDIA_DIR by the seed, described by the Media
// row, offered in srcset by the data layer and served by the /media route.

let sql: Sql;
beforeAll(async () => {
  sql = await connectSql();
});
afterAll(async () => {
  await sql?.end();
});

function fetchMedia(url: string): Promise<Response> {
  const segments = url.replace(/^\/media\//, "").split("/");
  return GET(new Request(`http://localhost${url}`), { params: Promise.resolve({ path: segments }) });
}

describe("seeded media", () => {
  it("stores the cover with WebP variants narrower than its 1200 px", async () => {
    const [row] = await sql.rows<{ kind: string; mimeType: string; width: number; variants: unknown }>(
      `SELECT kind::text, "mimeType", width, variants FROM "Media" WHERE path = 'seed/okip-agreement-2015.jpg'`,
    );
    expect(row).toMatchObject({ kind: "IMAGE", mimeType: "image/jpeg", width: 1200 });
    expect(row!.variants).toEqual(
      [320, 640, 960].map((width) => ({
        width,
        height: Math.round((width * 630) / 1200),
        path: `seed/okip-agreement-2015-${width}w.webp`,
        mimeType: "image/webp",
      })),
    );
  });

  it("offers every size in srcset, and the route serves each of them", async () => {
    const result = await queryPostBySlug("pl", okipArticle.pl.slug);
    if (result.kind !== "found") throw new Error(`expected the OKIP article, got ${result.kind}`);
    const cover = result.post.cover!;
    expect(cover.srcSet).toBe(
      "/media/seed/okip-agreement-2015-320w.webp 320w, /media/seed/okip-agreement-2015-640w.webp 640w, " +
        "/media/seed/okip-agreement-2015-960w.webp 960w, /media/seed/okip-agreement-2015.jpg 1200w",
    );
    for (const candidate of cover.srcSet!.split(", ")) {
      const [url, descriptor] = candidate.split(" ") as [string, string];
      const response = await fetchMedia(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get("content-type")).toBe(url.endsWith(".jpg") ? "image/jpeg" : "image/webp");
      const { width } = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect(`${width}w`).toBe(descriptor);
    }
  });
});
