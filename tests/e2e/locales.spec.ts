// Every public page type in every locale: status, <html lang>, translated navigation,
// a single <h1> and a working skip link.
import { expect, test } from "@playwright/test";
import { locales, messages, open, pageTypes } from "./support/pages";

test.describe.configure({ mode: "parallel" });

for (const pageType of pageTypes) {
  test(`${pageType.name}: status, lang, navigation, one h1 and skip link in every locale`, async ({ page }) => {
    test.setTimeout(60_000); // five page loads
    for (const locale of locales) {
      const m = messages[locale];
      const path = pageType.path(locale);
      await test.step(path, async () => {
        await open(page, path, pageType.status);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);

        const nav = page.getByRole("navigation", { name: m.Layout.mainNavigation, exact: true });
        await expect(nav.getByRole("link")).toHaveText([
          m.Layout.home,
          m.Layout.news,
          m.Layout.clusters,
          m.Layout.agreements,
        ]);

        await expect(page.locator("h1")).toHaveCount(1);
        await expect(page.locator("h1")).toHaveText(pageType.h1(locale));

        // The skip link is the first stop of the tab order and moves focus to <main id="main">.
        await page.keyboard.press("Tab");
        const skip = page.getByRole("link", { name: m.Layout.skipToContent, exact: true });
        await expect(skip).toBeFocused();
        await expect(skip).toBeVisible(); // shown on focus
        await expect(skip).toHaveAttribute("href", "#main");
        await page.keyboard.press("Enter");
        await expect(page.locator("main#main")).toBeFocused();
      });
    }
  });
}
