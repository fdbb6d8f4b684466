// Full-page screenshots at 360×800 for a human to look at: saved under
// test-results/screenshots/<name>.png and attached to the report.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { article, articlePath, messages, open } from "./support/pages";

test.describe.configure({ mode: "parallel" });
test.use({ viewport: { width: 360, height: 800 } });

const shots = [
  { name: "home-pl", path: "/pl", h1: messages.pl.Site.fullName },
  { name: "home-en", path: "/en", h1: messages.en.Site.fullName },
  { name: "article-pl", path: articlePath("pl"), h1: article.pl.title },
  { name: "article-en", path: articlePath("en"), h1: article.en.title },
];

for (const shot of shots) {
  test(`screenshot ${shot.name}`, async ({ page }, testInfo) => {
    await open(page, shot.path);
    await expect(page.locator("h1")).toHaveText(shot.h1);
    await page.evaluate(() => document.fonts.ready);
    // Every image has loaded before the picture is taken.
    await expect
      .poll(() => page.locator("img").evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).complete)))
      .toBe(true);

    const root = path.dirname(testInfo.config.configFile ?? path.join(process.cwd(), "playwright.config.ts"));
    const dir = path.join(root, "test-results", "screenshots");
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${shot.name}.png`);
    const png = await page.screenshot({ path: file, fullPage: true });
    expect(png.byteLength).toBeGreaterThan(1000);
    await testInfo.attach(shot.name, { path: file, contentType: "image/png" });
  });
}
