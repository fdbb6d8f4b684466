// Regression tests for defects found while writing this suite.
import { expect, test } from "@playwright/test";
import { messages, open } from "./support/pages";

test.describe.configure({ mode: "parallel" });

for (const path of ["/favicon.ico", "/missing.txt", "/pl/missing.txt"]) {
  test(`${path} is a 404, not a 500`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
  });
}

test("a NUL byte in the directory search is not a 500", async ({ request }) => {
  const response = await request.get("/pl/clusters?q=%00");
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(response.status()).toBeLessThan(500);
});

test("a malformed percent-encoding in a slug is not a 500", async ({ request }) => {
  const response = await request.get("/pl/news/%E0%A4%A");
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(response.status()).toBeLessThan(500);
});

// Every kind of 404 is a page of its own in the visitor's language, readable without JavaScript
// (Next's own answer is an empty shell; scripts/server.ts sends app/[locale]/(public)/-/not-found).
for (const [path, locale] of [
  ["/pl/news/ten-artykul-nie-istnieje", "pl"],
  ["/en/clusters/no-such-cluster", "en"],
  ["/de/kein/solcher/pfad", "de"],
  ["/missing.txt", "fr"],
  ["/favicon.ico", "ru"],
] as const) {
  test(`${path}: a server-rendered 404 in ${locale}, readable with JavaScript off`, async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      locale: `${locale}-${locale.toUpperCase()}`,
      extraHTTPHeaders: { "accept-language": `${locale},en;q=0.5` },
    });
    const page = await context.newPage();
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    const html = await response!.text();
    expect(html).not.toContain("__next_error__");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages[locale].NotFound.title);
    const main = page.locator("main");
    await expect(main.getByRole("link", { name: messages[locale].NotFound.home })).toHaveAttribute(
      "href",
      `/${locale}`,
    );
    await expect(main.getByRole("link", { name: messages[locale].NotFound.news })).toHaveAttribute(
      "href",
      `/${locale}/news`,
    );
    await context.close();
  });
}

test("TRACE is refused with 405 and an oversized body with 413, each with a short answer", async ({ request }) => {
  const trace = await request.fetch("/pl", { method: "TRACE" });
  expect(trace.status()).toBe(405);
  expect((await trace.body()).length).toBeLessThan(100);
  const big = await request.post("/pl/newsletter", {
    headers: { "content-type": "application/octet-stream", "next-action": "0".repeat(42) },
    data: Buffer.alloc(13 * 1024 * 1024),
  });
  expect(big.status()).toBe(413);
  expect((await big.body()).length).toBeLessThan(100);
});

// The switcher leads to the same list in English, with its page and filters, before and
// after hydration (cached lists render on the server without their query string).
for (const [path, expected] of [
  ["/pl/news", "/en/news"],
  ["/pl/news?page=2", "/en/news?page=2"],
  ["/pl/news?tag=agreements", "/en/news?tag=agreements"],
  ["/pl/clusters?region=slaskie", "/en/clusters?region=slaskie"],
  ["/pl/clusters?q=pikmed", "/en/clusters?q=pikmed"],
] as const) {
  test(`the language switcher on ${path} links to ${expected}`, async ({ page }) => {
    await open(page, path);
    const english = page
      .getByRole("navigation", { name: messages.pl.LocaleSwitcher.label, exact: true })
      .getByRole("link", { name: "English", exact: true });
    // Read the link React has hydrated, not the server's first draft of it.
    await expect
      .poll(() => english.evaluate((link) => Object.keys(link).some((key) => key.startsWith("__reactFiber"))))
      .toBe(true);
    await expect(english).toHaveAttribute("href", expected);
    await english.click();
    await expect(page).toHaveURL(expected);
  });
}
