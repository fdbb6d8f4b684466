// Crawlers find every page in every language it exists in.
import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { articlePath } from "./support/pages";

test("robots.txt allows the site and points at the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain("Allow: /");
  expect(text).toContain("Disallow: /api/");
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("the sitemap lists the article in five languages with hreflang alternates, and nothing unpublished", async ({
  request,
}) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  for (const locale of ["pl", "en", "de", "fr", "ru"] as const) {
    expect(xml).toContain(`<loc>${baseURL}${articlePath(locale)}</loc>`);
    expect(xml).toContain(`hreflang="${locale}" href="${baseURL}${articlePath(locale)}"`);
  }
  expect(xml).toContain(`<loc>${baseURL}/ru/clusters/pikmed</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/de/agreements/porozumienie-okip-2015</loc>`);
  expect(xml).toContain(`hreflang="x-default" href="${baseURL}${articlePath("pl")}"`);
  // Every listed article answers 200, so no draft, draft translation or scheduled post is in it.
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const articles = urls.filter((u) => /\/news\/[a-z0-9-]+$/.test(u));
  expect(articles.length).toBeGreaterThan(41);
  for (const url of articles) expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(200);
});
