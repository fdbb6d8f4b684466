// The real OKIP article of 24 June 2015: its facts, its links to the six clusters and the
// agreement, and its share links.
import { expect, test } from "@playwright/test";
import {
  agreementSlug,
  agreementTitle,
  article,
  articleAuthor,
  articleClusters,
  articleCoverAlt,
  articleDates,
  articlePath,
  fill,
  locales,
  messages,
  open,
} from "./support/pages";

test.describe.configure({ mode: "parallel" });

test("Polish article shows its date, author, cover and the six clusters", async ({ page }) => {
  const m = messages.pl;
  await open(page, articlePath("pl"));
  await expect(page.locator("h1")).toHaveText(article.pl.title);

  const header = page.locator("article > header");
  await expect(header.locator("time")).toHaveText(articleDates.pl);
  await expect(header.locator("time")).toHaveAttribute("datetime", "2015-06-24");
  await expect(header).toContainText(fill(m.Article.byline, { author: articleAuthor }));

  const cover = page.locator("article figure img");
  await expect(cover).toHaveAttribute("alt", articleCoverAlt.pl);
  expect((await cover.getAttribute("alt"))?.trim()).not.toBe("");
  await expect
    .poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);

  // The body names the five signatories.
  for (const name of [
    "Jastrzębski Klaster Innowacji",
    "Polski Innowacyjny Klaster Medyczny PIKMED",
    "Klaster Innowacyjne Regiony",
    "Polski Klaster Weterynaryjny",
    "Klaster for Africa",
  ]) {
    await expect(page.locator(".prose-content")).toContainText(name);
  }

  const clusters = page.getByRole("region", { name: m.Article.clusters, exact: true }).getByRole("link");
  await expect(clusters).toHaveText(articleClusters.map((cluster) => cluster.name));
  for (const [index, cluster] of articleClusters.entries()) {
    await expect(clusters.nth(index)).toHaveAttribute("href", `/pl/clusters/${cluster.slug}`);
  }

  const agreement = page.getByRole("region", { name: m.Article.agreement, exact: true }).getByRole("link");
  await expect(agreement).toHaveText(agreementTitle("pl"));
  await expect(agreement).toHaveAttribute("href", `/pl/agreements/${agreementSlug}`);
});

for (const cluster of articleClusters) {
  test(`article → ${cluster.slug} → agreement → back to the article`, async ({ page }) => {
    const m = messages.pl;
    await open(page, articlePath("pl"));
    await page
      .getByRole("region", { name: m.Article.clusters, exact: true })
      .getByRole("link", { name: cluster.name, exact: true })
      .click();
    await expect(page).toHaveURL(`/pl/clusters/${cluster.slug}`);
    await expect(page.locator("h1")).toHaveText(cluster.name);

    // The profile lists the agreement, which lists the article among its related news.
    const agreementLink = page
      .getByRole("region", { name: m.Cluster.agreements, exact: true })
      .getByRole("link", { name: agreementTitle("pl"), exact: true });
    await expect(agreementLink).toHaveAttribute("href", `/pl/agreements/${agreementSlug}`);
    await agreementLink.click();
    await expect(page).toHaveURL(`/pl/agreements/${agreementSlug}`);
    await expect(page.locator("h1")).toHaveText(agreementTitle("pl"));
    await expect(
      page
        .getByRole("region", { name: m.Agreement.parties, exact: true })
        .getByRole("link", { name: cluster.name, exact: true }),
    ).toBeVisible();

    const related = page
      .getByRole("region", { name: m.Agreement.news, exact: true })
      .getByRole("link", { name: article.pl.title, exact: true });
    await expect(related).toHaveAttribute("href", articlePath("pl"));
    await related.click();
    await expect(page).toHaveURL(articlePath("pl"));
    await expect(page.locator("h1")).toHaveText(article.pl.title);
  });
}

test("the date is written the way each locale writes it", async ({ page }) => {
  // "24 czerwca 2015", "24 June 2015", "24. Juni 2015", "24 juin 2015", "24 июня 2015 г."
  for (const locale of locales) {
    await open(page, articlePath(locale));
    await expect(page.locator("article > header time")).toHaveText(
      new RegExp(`^${articleDates[locale].replace(".", "\\.")}`),
    );
  }
});

for (const locale of ["pl", "en"] as const) {
  test(`share links carry the absolute URL of the ${locale} article`, async ({ page, baseURL }) => {
    const m = messages[locale];
    await open(page, articlePath(locale));
    const url = new URL(articlePath(locale), baseURL).toString();
    const share = page.getByRole("region", { name: m.Article.share, exact: true });

    const facebook = share.getByRole("link", { name: m.Article.shareFacebook, exact: true });
    await expect(facebook).toHaveAttribute(
      "href",
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
    );
    const linkedIn = share.getByRole("link", { name: m.Article.shareLinkedIn, exact: true });
    await expect(linkedIn).toHaveAttribute(
      "href",
      `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`,
    );

    const mail = share.getByRole("link", { name: m.Article.shareEmail, exact: true });
    const mailto = new URL((await mail.getAttribute("href")) ?? "");
    expect(mailto.protocol).toBe("mailto:");
    expect(mailto.searchParams.get("subject")).toBe(article[locale].title);
    expect(mailto.searchParams.get("body")).toContain(url);
  });
}
