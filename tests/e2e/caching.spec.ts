// Article pages are rendered once, then served from Next's cache.
import { expect, test } from "@playwright/test";
import { articlePath } from "./support/pages";

test("a second request to the Polish article is a cache HIT", async ({ request }) => {
  const first = await request.get(articlePath("pl"));
  expect(first.status()).toBe(200);
  expect(["MISS", "STALE", "HIT"]).toContain(first.headers()["x-nextjs-cache"]);

  const second = await request.get(articlePath("pl"));
  expect(second.status()).toBe(200);
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
});
