// Locale negotiation at `/`: the NEXT_LOCALE cookie, then Accept-Language, else Polish.
import { expect, test } from "@playwright/test";

test.describe.configure({ mode: "parallel" });

const cases: { name: string; headers: Record<string, string>; expected: string }[] = [
  { name: "Accept-Language de", headers: { "Accept-Language": "de" }, expected: "/de" },
  {
    name: "Accept-Language de-DE with weights",
    headers: { "Accept-Language": "de-DE,de;q=0.9,en;q=0.8" },
    expected: "/de",
  },
  { name: "Accept-Language ru", headers: { "Accept-Language": "ru-RU" }, expected: "/ru" },
  {
    name: "cookie NEXT_LOCALE=fr beats Accept-Language de",
    headers: { "Accept-Language": "de", Cookie: "NEXT_LOCALE=fr" },
    expected: "/fr",
  },
  { name: "no Accept-Language", headers: {}, expected: "/pl" },
  { name: "unsupported Accept-Language es", headers: { "Accept-Language": "es-ES,es;q=0.9" }, expected: "/pl" },
];

for (const { name, headers, expected } of cases) {
  test(`/ with ${name} redirects to ${expected}`, async ({ playwright, baseURL }) => {
    // A fresh request context each time: no cookie from an earlier redirect leaks in.
    const request = await playwright.request.newContext({ baseURL });
    try {
      const response = await request.get("/", { headers, maxRedirects: 0 });
      expect([302, 303, 307, 308]).toContain(response.status());
      const location = response.headers()["location"];
      expect(location, "Location header").toBeTruthy();
      expect(new URL(location ?? "", baseURL).pathname).toBe(expected);
    } finally {
      await request.dispose();
    }
  });
}

test("a browser with locale de-DE lands on /de", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "de-DE", baseURL });
  try {
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL("/de");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
  } finally {
    await context.close();
  }
});

test("a browser with locale de-DE and cookie NEXT_LOCALE=fr lands on /fr", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "de-DE", baseURL });
  try {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "fr", url: baseURL ?? "" }]);
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL("/fr");
  } finally {
    await context.close();
  }
});

test("a browser with locale es-ES lands on /pl", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "es-ES", baseURL });
  try {
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL("/pl");
  } finally {
    await context.close();
  }
});
