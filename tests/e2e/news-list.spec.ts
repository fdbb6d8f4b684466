// The news list: pages of ten, previous/next links, and the tag filter.
import { expect, type Page, test } from "@playwright/test";
import { demoUnpublished } from "../../prisma/seed/demo-content";
import { DEMO_POST_COUNT } from "../../prisma/seed/demo";
import { agreementsTag, article, articlePath, fill, messagePattern, messages, open } from "./support/pages";

test.describe.configure({ mode: "parallel" });

const m = messages.pl;
const PAGE_SIZE = 10;

function newsItems(page: Page) {
  return page.getByRole("region", { name: m.News.title, exact: true }).locator("article");
}

async function itemTitles(page: Page): Promise<string[]> {
  return (await newsItems(page).locator("h2").allInnerTexts()).map((title) => title.trim());
}

function paginationLink(page: Page, label: string) {
  return page
    .getByRole("navigation", { name: m.Pagination.label, exact: true })
    .getByRole("link", { name: new RegExp(label) });
}

test("ten items per page; page 2 differs from page 1; next and previous links work", async ({ page }) => {
  await open(page, "/pl/news");
  await expect(newsItems(page)).toHaveCount(PAGE_SIZE);
  const first = await itemTitles(page);
  await expect(paginationLink(page, m.Pagination.previous)).toHaveCount(0);

  await paginationLink(page, m.Pagination.next).click();
  await expect(page).toHaveURL("/pl/news?page=2");
  await expect(page.locator("h1")).toHaveText(m.News.title);
  await expect(newsItems(page)).toHaveCount(PAGE_SIZE);
  const second = await itemTitles(page);
  expect(
    second.filter((title) => first.includes(title)),
    "titles on both pages",
  ).toEqual([]);
  await expect(page).toHaveTitle(new RegExp(`^${fill(m.News.pageTitle, { title: m.News.title, page: 2 })}`));

  await paginationLink(page, m.Pagination.next).click();
  await expect(page).toHaveURL("/pl/news?page=3");
  await paginationLink(page, m.Pagination.previous).click();
  await expect(page).toHaveURL("/pl/news?page=2");
  expect(await itemTitles(page)).toEqual(second);
  await paginationLink(page, m.Pagination.previous).click();
  await expect(page).toHaveURL("/pl/news");
  expect(await itemTitles(page)).toEqual(first);
});

test("the pages list every published post once, newest first, and nothing unpublished", async ({ page }) => {
  await open(page, "/pl/news");
  const status = page.getByRole("navigation", { name: m.Pagination.label, exact: true }).locator("p");
  const match = messagePattern(m.Pagination.pageOf, "(\\d+)").exec((await status.innerText()).trim());
  const totalPages = Number(match?.[2]);
  const published = DEMO_POST_COUNT + 1; // the demo posts and the OKIP article
  expect(totalPages).toBe(Math.ceil(published / PAGE_SIZE));

  const titles: string[] = [];
  const dates: string[] = [];
  for (let n = 1; n <= totalPages; n++) {
    await open(page, n === 1 ? "/pl/news" : `/pl/news?page=${n}`);
    titles.push(...(await itemTitles(page)));
    dates.push(
      ...(await newsItems(page)
        .locator("time")
        .evaluateAll((times) => times.map((t) => t.getAttribute("datetime") ?? ""))),
    );
  }
  expect(titles).toHaveLength(published);
  expect(new Set(titles).size).toBe(published);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(titles.at(-1)).toBe(article.pl.title); // 2015, the oldest
  for (const post of demoUnpublished) expect(titles).not.toContain(post.texts.pl.title);
});

test("the agreements tag lists only the OKIP article", async ({ page }) => {
  await open(page, articlePath("pl"));
  await page
    .getByRole("region", { name: m.Article.tags, exact: true })
    .getByRole("link", { name: agreementsTag.names.pl, exact: true })
    .click();
  await expect(page).toHaveURL(`/pl/news?tag=${agreementsTag.slug}`);
  await expect(page.locator("h1")).toHaveText(fill(m.News.titleWithTag, { tag: agreementsTag.names.pl }));
  await expect(newsItems(page)).toHaveCount(1);
  const link = newsItems(page).getByRole("link", { name: article.pl.title, exact: true });
  await expect(link).toHaveAttribute("href", articlePath("pl"));
  await expect(
    page.getByRole("complementary").getByRole("link", { name: new RegExp(`^${agreementsTag.names.pl}`) }),
  ).toHaveAttribute("aria-current", "page");
});

test("a demo tag lists only its posts, as many as the filter says", async ({ page }) => {
  // Only the trade-fair template carries the demo-trade-fairs tag.
  await open(page, "/pl/news?tag=demo-trade-fairs");
  const current = page.getByRole("complementary").locator("a[aria-current='page']");
  const count = Number(/\((\d+)\)/.exec(await current.innerText())?.[1]);
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(PAGE_SIZE);
  const titles = await itemTitles(page);
  expect(titles).toHaveLength(count);
  for (const title of titles) expect(title).toMatch(/^\[Demo\] Klaster na targach – /);
});
