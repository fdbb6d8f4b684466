// The article's <head>: title, description, canonical, hreflang alternates, OpenGraph, Twitter.
import { expect, type Page, test } from "@playwright/test";
import { article, articlePath, hreflangAlternates, locales, messages, open } from "./support/pages";

test.describe.configure({ mode: "parallel" });

const ogLocales = { pl: "pl_PL", en: "en_GB" } as const;

function meta(page: Page, selector: string) {
  return page.locator(`head meta[${selector}]`);
}

for (const locale of ["pl", "en"] as const) {
  test(`head of the ${locale} article`, async ({ page, request, baseURL }) => {
    await open(page, articlePath(locale));
    const text = article[locale];
    const absolute = (path: string) => new URL(path, baseURL).toString();

    await expect(page).toHaveTitle(`${text.seoTitle} | ${messages[locale].Site.name}`);
    await expect(meta(page, "name='description'")).toHaveAttribute("content", text.seoDescription);
    await expect(page.locator("head link[rel='canonical']")).toHaveAttribute("href", absolute(articlePath(locale)));

    const expected: Record<string, string> = {};
    for (const l of locales) expected[l] = absolute(articlePath(l));
    expected["x-default"] = absolute(articlePath("pl"));
    expect(await hreflangAlternates(page)).toEqual(expected);

    await expect(meta(page, "property='og:title'")).toHaveAttribute("content", text.seoTitle);
    await expect(meta(page, "property='og:description'")).toHaveAttribute("content", text.seoDescription);
    await expect(meta(page, "property='og:url'")).toHaveAttribute("content", absolute(articlePath(locale)));
    await expect(meta(page, "property='og:locale'")).toHaveAttribute("content", ogLocales[locale]);
    await expect(meta(page, "property='og:type'")).toHaveAttribute("content", "article");
    await expect(meta(page, "name='twitter:card'")).toHaveAttribute("content", "summary_large_image");

    const ogImage = meta(page, "property='og:image'");
    await expect(ogImage).toHaveCount(1);
    const imageUrl = (await ogImage.getAttribute("content")) ?? "";
    expect(imageUrl).toMatch(/^https?:\/\//);
    expect(new URL(imageUrl).origin).toBe(new URL(baseURL ?? "").origin);
    const image = await request.get(imageUrl);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toMatch(/^image\//);
    expect((await image.body()).byteLength).toBeGreaterThan(0);
  });
}
