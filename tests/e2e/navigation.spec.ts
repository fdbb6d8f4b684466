// The header (logo, Facebook), the main navigation and the footer links.
import { expect, test } from "@playwright/test";
import { articlePath, locales, messages, open } from "./support/pages";

test.describe.configure({ mode: "parallel" });

const FACEBOOK = "https://www.facebook.com/okip.e2e"; // SITE_FACEBOOK_URL in tests/e2e/support/serve.ts

test("header: logo link home and the configured Facebook link, in every locale", async ({ page }) => {
  for (const locale of locales) {
    const m = messages[locale];
    await open(page, `/${locale}/agreements`);
    const header = page.getByRole("banner");

    const logo = header.getByRole("link", { name: m.Layout.logoAlt });
    await expect(logo).toHaveAttribute("href", `/${locale}`);
    await expect(logo.getByRole("img", { name: m.Layout.logoAlt, exact: true })).toBeVisible();

    const facebook = header.getByRole("link", { name: m.Layout.facebook, exact: true });
    await expect(facebook).toHaveAttribute("href", FACEBOOK);
    await expect(facebook).toHaveAttribute("rel", /noopener/);
    await expect(facebook).toBeVisible();
  }
});

test("the logo leads home from an article", async ({ page }) => {
  await open(page, articlePath("pl"));
  await page.getByRole("banner").getByRole("link", { name: messages.pl.Layout.logoAlt }).click();
  await expect(page).toHaveURL("/pl");
  await expect(page.locator("h1")).toHaveText(messages.pl.Site.fullName);
});

test("the main navigation leads to each section and marks it", async ({ page }) => {
  const m = messages.en;
  await open(page, "/en");
  const nav = page.getByRole("navigation", { name: m.Layout.mainNavigation, exact: true });
  const sections = [
    { label: m.Layout.news, path: "/en/news", h1: m.News.title },
    { label: m.Layout.clusters, path: "/en/clusters", h1: m.Clusters.title },
    { label: m.Layout.agreements, path: "/en/agreements", h1: m.Agreements.title },
    { label: m.Layout.home, path: "/en", h1: m.Site.fullName },
  ];
  for (const section of sections) {
    await nav.getByRole("link", { name: section.label, exact: true }).click();
    await expect(page).toHaveURL(section.path);
    await expect(page.locator("h1")).toHaveText(section.h1);
    await expect(nav.getByRole("link", { name: section.label, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator("[aria-current='page']")).toHaveCount(1);
  }
});

test("the footer links the sections and Facebook", async ({ page }) => {
  const m = messages.de;
  await open(page, "/de");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: m.Layout.news, exact: true })).toHaveAttribute("href", "/de/news");
  await expect(footer.getByRole("link", { name: m.Layout.clusters, exact: true })).toHaveAttribute(
    "href",
    "/de/clusters",
  );
  await expect(footer.getByRole("link", { name: m.Layout.agreements, exact: true })).toHaveAttribute(
    "href",
    "/de/agreements",
  );
  await expect(footer.getByRole("link", { name: m.Layout.facebook, exact: true })).toHaveAttribute("href", FACEBOOK);
});
