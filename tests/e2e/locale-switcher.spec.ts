// The language switcher: same page in the other language (translated slug included),
// aria-current on the current language, and a remembered choice for the next visit to `/`.
import { expect, type Page, test } from "@playwright/test";
import { article, articlePath, type Locale, locales, messages, open } from "./support/pages";

test.describe.configure({ mode: "parallel" });

const languageNames: Record<Locale, string> = {
  pl: "Polski",
  en: "English",
  de: "Deutsch",
  fr: "Français",
  ru: "Русский",
};

function switcher(page: Page, current: Locale) {
  return page.getByRole("navigation", { name: messages[current].LocaleSwitcher.label, exact: true });
}

test("pressing EN on the Polish article opens the English article", async ({ page }) => {
  await open(page, articlePath("pl"));
  await switcher(page, "pl").getByRole("link", { name: languageNames.en, exact: true }).click();
  await expect(page).toHaveURL(articlePath("en"));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1")).toHaveText(article.en.title);
});

test("the switcher works from the keyboard: Tab to EN, then Enter", async ({ page }) => {
  await open(page, articlePath("pl"));
  const en = switcher(page, "pl").getByRole("link", { name: languageNames.en, exact: true });
  let presses = 0;
  while (!(await en.evaluate((link) => link === document.activeElement)) && presses < 15) {
    await page.keyboard.press("Tab");
    presses += 1;
  }
  await expect(en).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(articlePath("en"));
  await expect(page.locator("h1")).toHaveText(article.en.title);
});

for (const target of locales.filter((l) => l !== "pl" && l !== "en")) {
  test(`pressing ${target.toUpperCase()} on the Polish article opens the ${target} article`, async ({ page }) => {
    await open(page, articlePath("pl"));
    await switcher(page, "pl").getByRole("link", { name: languageNames[target], exact: true }).click();
    await expect(page).toHaveURL(articlePath(target));
    await expect(page.locator("html")).toHaveAttribute("lang", target);
    await expect(page.locator("h1")).toHaveText(article[target].title);
  });
}

test("from any language back to Polish, and between two translations", async ({ page }) => {
  await open(page, articlePath("ru"));
  await switcher(page, "ru").getByRole("link", { name: languageNames.pl, exact: true }).click();
  await expect(page).toHaveURL(articlePath("pl"));
  await expect(page.locator("h1")).toHaveText(article.pl.title);

  await open(page, articlePath("de"));
  await switcher(page, "de").getByRole("link", { name: languageNames.fr, exact: true }).click();
  await expect(page).toHaveURL(articlePath("fr"));
  await expect(page.locator("h1")).toHaveText(article.fr.title);
});

test("the switcher marks the current language with aria-current", async ({ page }) => {
  for (const current of locales) {
    await open(page, `/${current}/agreements`);
    const links = switcher(page, current).getByRole("link");
    await expect(links).toHaveCount(locales.length);
    for (const locale of locales) {
      const link = switcher(page, current).getByRole("link", { name: languageNames[locale], exact: true });
      await expect(link).toHaveAttribute("hreflang", locale);
      await expect(link).toHaveAttribute("href", `/${locale}/agreements`);
      if (locale === current) await expect(link).toHaveAttribute("aria-current", "true");
      else await expect(link).not.toHaveAttribute("aria-current");
    }
  }
});

test("choosing a language sets NEXT_LOCALE, and `/` then goes to that language", async ({ page, context }) => {
  await open(page, articlePath("pl"));
  await switcher(page, "pl").getByRole("link", { name: languageNames.de, exact: true }).click();
  await expect(page).toHaveURL(articlePath("de"));
  await expect.poll(async () => (await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("de");

  // The browser asks for Polish (pl-PL); the remembered choice wins.
  await page.goto("/");
  await expect(page).toHaveURL("/de");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");

  await switcher(page, "de").getByRole("link", { name: languageNames.ru, exact: true }).click();
  await expect(page).toHaveURL("/ru");
  await expect.poll(async () => (await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("ru");
  await page.goto("/");
  await expect(page).toHaveURL("/ru");
});
