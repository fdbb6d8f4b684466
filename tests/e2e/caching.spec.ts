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

// Lists keep their query-string URLs; bounded variants are rewritten to cached routes,
// free text and tags render per request.
for (const path of ["/pl/news", "/en/news?page=2", "/pl/clusters", "/de/clusters?region=slaskie&sector=&q="]) {
  test(`${path} is served from the cache`, async ({ request }) => {
    await request.get(path);
    const again = await request.get(path);
    expect(again.status()).toBe(200);
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  });
}

for (const path of ["/pl/news?tag=agreements", "/pl/clusters?q=pikmed"]) {
  test(`${path} is rendered per request`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["x-nextjs-cache"]).toBeUndefined();
  });
}
