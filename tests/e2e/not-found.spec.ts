// Whatever does not exist answers 404 with the translated "not found" page, never a 500.
import { expect, test } from "@playwright/test";
import { type Locale, messagePattern, messages, open } from "./support/pages";

test.describe.configure({ mode: "parallel" });

const missing: { path: string; locale: Locale }[] = [
  { path: "/pl/news/ten-artykul-nie-istnieje", locale: "pl" },
  { path: "/en/news/no-such-article", locale: "en" },
  { path: "/pl/clusters/nie-ma-takiego-klastra", locale: "pl" },
  { path: "/fr/clusters/pas-de-cluster", locale: "fr" },
  { path: "/pl/agreements/nie-ma-takiego-porozumienia", locale: "pl" },
  { path: "/ru/agreements/net-takogo-soglasheniya", locale: "ru" },
  { path: "/pl/news?page=0", locale: "pl" },
  { path: "/pl/news?page=abc", locale: "pl" },
  { path: "/pl/news?page=-1", locale: "pl" },
  { path: "/pl/news?tag=nie-ma-takiego-tematu", locale: "pl" },
  { path: "/pl/clusters?region=nowhere", locale: "pl" },
  { path: "/pl/clusters?sector=nowhere", locale: "pl" },
  { path: "/de/does/not/exist", locale: "de" },
];

// Two halves, so that two workers share the page loads.
const half = Math.ceil(missing.length / 2);
for (const [part, paths] of [missing.slice(0, half), missing.slice(half)].entries()) {
  test(`unknown pages, slugs and query values answer the translated 404 (${part + 1}/2)`, async ({ page }) => {
    test.setTimeout(60_000);
    for (const { path, locale } of paths) {
      await test.step(path, async () => {
        await open(page, path, 404);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.locator("h1")).toHaveText(messages[locale].NotFound.title);
        await expect(page.getByRole("link", { name: messages[locale].NotFound.home, exact: true })).toHaveAttribute(
          "href",
          `/${locale}`,
        );
      });
    }
  });
}

test("none of them is a server error", async ({ request }) => {
  for (const { path } of [...missing, { path: "/pl/news/Wielkie-Litery" }, { path: "/pl/news?tag=Not%20A%20Slug" }]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
});

test("a news page past the last one is a 404", async ({ page }) => {
  const m = messages.pl;
  await open(page, "/pl/news");
  const status = page.getByRole("navigation", { name: m.Pagination.label, exact: true }).locator("p");
  const match = messagePattern(m.Pagination.pageOf, "(\\d+)").exec((await status.innerText()).trim());
  expect(match, "pagination status").not.toBeNull();
  const totalPages = Number(match?.[2]);
  expect(totalPages).toBeGreaterThan(1);

  await open(page, `/pl/news?page=${totalPages}`, 200);
  await expect(page.getByRole("link", { name: `${m.Pagination.next} →`, exact: true })).toHaveCount(0);
  await open(page, `/pl/news?page=${totalPages + 1}`, 404);
  await expect(page.locator("h1")).toHaveText(m.NotFound.title);
});
