// App bugs found while writing this suite. Each test states the correct behaviour and is marked
// as an expected failure (test.fail): it passes while the bug is there, and once the bug is fixed
// it reports "expected to fail, but passed" — then delete its test.fail line.
import { expect, test } from "@playwright/test";
import { messages, open } from "./support/pages";

test.describe.configure({ mode: "parallel" });

for (const path of ["/robots.txt", "/favicon.ico", "/missing.txt"]) {
  test(`${path} is a 404, not a 500`, async ({ request }) => {
    test.fail(true, "a dotted path is taken as the [locale] segment and the home page queries Prisma with it → 500");
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
  });
}

test("a NUL byte in the directory search is not a 500", async ({ request }) => {
  test.fail(true, "/pl/clusters?q=%00 reaches PostgreSQL, which rejects it (22021) → 500");
  const response = await request.get("/pl/clusters?q=%00");
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(response.status()).toBeLessThan(500);
});

test("a malformed percent-encoding in a slug is not a 500", async ({ request }) => {
  test.fail(true, "/pl/news/%E0%A4%A answers a plain-text 500");
  const response = await request.get("/pl/news/%E0%A4%A");
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(response.status()).toBeLessThan(500);
});

test("the 404 page is in the server-rendered HTML", async ({ request }) => {
  test.fail(true, "every 404 is served as the <html id=__next_error__> shell and only rendered by client JS");
  const response = await request.get("/pl/news/ten-artykul-nie-istnieje");
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(/<html[^>]*>/.exec(html)?.[0]).toMatch(/\slang="pl"/);
  expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]).toBe(messages.pl.NotFound.title);
});

test("the proxy's list rewrite stays inside the server", async ({ request }) => {
  test.fail(true, "proxy.ts rewrites /pl/news to an absolute http://localhost:<port>/pl/news/-/1, which Next proxies over HTTP");
  const response = await request.get("/pl/news");
  expect(response.status()).toBe(200);
  // An internal rewrite is reported as a path; an absolute URL means an external proxy hop.
  expect(response.headers()["x-middleware-rewrite"] ?? "").not.toMatch(/^https?:/);
});

for (const path of ["/pl/news", "/pl/news?page=2", "/pl/clusters?region=slaskie"]) {
  test(`the language switcher on ${path} links to the public URL`, async ({ page }) => {
    test.fail(true, "after hydration usePathname() is the proxy's internal route, e.g. /pl/news/-/1");
    await open(page, path);
    const english = page
      .getByRole("navigation", { name: messages.pl.LocaleSwitcher.label, exact: true })
      .getByRole("link", { name: "English", exact: true });
    // Read the link React has hydrated, not the server's first draft of it.
    await expect
      .poll(() => english.evaluate((link) => Object.keys(link).some((key) => key.startsWith("__reactFiber"))))
      .toBe(true);
    const href = (await english.getAttribute("href")) ?? "";
    expect(href.startsWith("/en/"), href).toBe(true);
    expect(href).not.toContain("/-/");
  });
}
