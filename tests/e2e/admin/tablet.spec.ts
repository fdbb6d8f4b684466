// The admin at tablet width (768 px) in Polish and English: every main page fits without
// sideways scrolling, and a full-page screenshot of each lands in test-results/screenshots/.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "../support/admin";
import { messages } from "../support/pages";

test.use({ viewport: { width: 768, height: 1024 } });

const pages = [
  { name: "dashboard", path: "admin", h1: (l: "pl" | "en") => messages[l].AdminDashboard.title },
  { name: "posts", path: "admin/posts", h1: (l: "pl" | "en") => messages[l].AdminPosts.title },
  { name: "post-editor", path: "admin/posts/new", h1: (l: "pl" | "en") => messages[l].AdminPosts.new },
  { name: "clusters", path: "admin/clusters", h1: (l: "pl" | "en") => messages[l].AdminClusters.title },
  { name: "agreements", path: "admin/agreements", h1: (l: "pl" | "en") => messages[l].AdminAgreements.title },
  { name: "media", path: "admin/media", h1: (l: "pl" | "en") => messages[l].AdminMedia.title },
  { name: "users", path: "admin/users", h1: (l: "pl" | "en") => messages[l].AdminUsers.title },
];

for (const locale of ["pl", "en"] as const) {
  test(`admin pages fit a tablet in ${locale}`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await signIn(page, "admin");
    const root = path.dirname(testInfo.config.configFile ?? path.join(process.cwd(), "playwright.config.ts"));
    const dir = path.join(root, "test-results", "screenshots");
    await mkdir(dir, { recursive: true });
    for (const target of pages) {
      await page.goto(`/${locale}/${target.path}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(target.h1(locale));
      await page.evaluate(() => document.fonts.ready);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${target.path} scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(dir, `admin-${target.name}-${locale}-768.png`), fullPage: true });
    }
  });
}

// On a phone the admin is not laid out for comfort, but nothing may push the page sideways:
// wide tables scroll inside their own boxes.
test("admin pages do not scroll sideways on a 360 px phone", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page, "admin");
  for (const path of [
    ...pages.map((p) => p.path),
    "admin/newsletter",
    "admin/newsletter/subscribers",
    "admin/tags",
    "admin/audit",
  ]) {
    await page.goto(`/pl/${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
