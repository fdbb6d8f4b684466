// Regression tests for defects found while writing this suite, and one upstream limitation
// pinned with test.fail (it reports "expected to fail, but passed" once Next fixes it).
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

test("the 404 page is in the server-rendered HTML", async ({ request }) => {
  // Upstream: Next 16 serves a notFound() 404 as an empty <html id="__next_error__"> shell and
  // renders the page only on the client (vercel/next.js#62228, #98954). Status is right.
  test.fail(true, "Next 16 does not server-render the not-found boundary for notFound()");
  const response = await request.get("/pl/news/ten-artykul-nie-istnieje");
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(/<html[^>]*>/.exec(html)?.[0]).toMatch(/\slang="pl"/);
  expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]).toBe(messages.pl.NotFound.title);
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
