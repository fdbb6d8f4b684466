// A post without a published English translation: /en shows the Polish original, says so,
// marks its language, and advertises only the translations that exist.
import { expect, test } from "@playwright/test";
import {
  demoPostWithDraftEnglish,
  demoPostWithoutEnglish,
  fill,
  hreflangAlternates,
  messages,
  open,
} from "./support/pages";

test.describe.configure({ mode: "parallel" });

const en = messages.en;
const notice = fill(en.Content.fallbackNotice, { language: en.Languages.pl });

const posts = [
  { name: "without an English translation", post: demoPostWithoutEnglish },
  { name: "whose English translation is a draft", post: demoPostWithDraftEnglish },
];

for (const { name, post } of posts) {
  test(`demo post ${name} falls back to Polish on /en`, async ({ page, baseURL }) => {
    const path = `/en/news/${post.slug}`;
    await open(page, path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("note")).toHaveText(notice);

    const title = page.locator("h1");
    await expect(title).toHaveText(post.title);
    await expect(title).toHaveAttribute("lang", "pl");
    await expect(page.locator("article .prose-content")).toHaveAttribute("lang", "pl");
    // The interface around it stays English.
    await expect(page.getByRole("link", { name: en.Article.backToNews, exact: true })).toBeVisible();

    const polish = new URL(`/pl/news/${post.slug}`, baseURL).toString();
    expect(await hreflangAlternates(page)).toEqual({ pl: polish, "x-default": polish });
    await expect(page.locator("head link[rel='canonical']")).toHaveAttribute("href", polish);
  });
}

test("the draft English slug is not public", async ({ page }) => {
  await open(page, `/en/news/${demoPostWithDraftEnglish.draftEnglishSlug}`, 404);
  await expect(page.locator("h1")).toHaveText(en.NotFound.title);
});

test("the English news list marks the items shown in Polish", async ({ page }) => {
  await open(page, "/en/news");
  const items = page.getByRole("region", { name: en.News.title, exact: true }).locator("article");
  await expect(items).toHaveCount(10);
  const badge = fill(en.Content.untranslatedBadge, { language: en.Languages.pl });

  const untranslated = items.filter({ hasText: demoPostWithoutEnglish.title });
  await expect(untranslated).toHaveCount(1);
  await expect(untranslated).toContainText(badge);
  await expect(untranslated.locator("h2")).toHaveAttribute("lang", "pl");

  // Every item is marked exactly when it is shown in Polish.
  let marked = 0;
  for (const item of await items.all()) {
    const lang = await item.locator("h2").getAttribute("lang");
    const hasBadge = (await item.getByText(badge, { exact: true }).count()) === 1;
    expect(hasBadge, `badge on "${await item.locator("h2").innerText()}"`).toBe(lang === "pl");
    if (hasBadge) marked += 1;
  }
  expect(marked).toBeGreaterThan(0);
  expect(marked).toBeLessThan(10);
});
