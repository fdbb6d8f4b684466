import { expect, test } from "@playwright/test";
import { toWarsawInput } from "../../../lib/warsaw-time";
import { signIn } from "../support/admin";
import { messages } from "../support/pages";

const pl = messages.pl;
const editorLabels = pl.Editor;

// The whole editorial path in Chromium against the production build: write a Polish post with
// a heading, a link and an image, translate it, schedule it a minute ahead, watch it appear on
// the public lists on its own, then rename its slug and follow the old address.
test("an editor writes, translates and schedules a post; it goes live on time; a renamed slug redirects", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const titlePl = `Nowa umowa klastrów ${stamp}`;
  const titleEn = `New cluster agreement ${stamp}`;

  await signIn(page, "editor");
  await page.goto("/pl/admin/posts/new");

  // Polish version: title, then the body with a heading, a paragraph with a link, an image.
  await page.getByLabel(pl.AdminPosts.fields.title, { exact: true }).first().fill(titlePl);
  const body = page.locator("#panel-pl [contenteditable=true]");
  await body.click();
  await page.locator("#panel-pl").getByRole("button", { name: editorLabels.heading2, exact: true }).click();
  await page.keyboard.type("Najważniejsze ustalenia");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Szczegóły na stronie OKIP");
  await page.keyboard.down("Shift");
  for (let i = 0; i < "stronie OKIP".length; i += 1) await page.keyboard.press("ArrowLeft");
  await page.keyboard.up("Shift");
  await page.locator("#panel-pl").getByRole("button", { name: editorLabels.link, exact: true }).click();
  await page.getByLabel(editorLabels.linkUrl).fill("https://okip.example.org/o-nas");
  await page.getByRole("button", { name: editorLabels.linkApply }).click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.locator("#panel-pl").getByRole("button", { name: editorLabels.image, exact: true }).click();
  await page.getByRole("dialog").getByRole("button").first().click();

  // English version.
  await page.getByRole("tab", { name: /English/ }).click();
  await page.locator("#panel-en").getByLabel(pl.AdminPosts.fields.title, { exact: true }).fill(titleEn);
  await page.locator("#panel-en [contenteditable=true]").click();
  await page.keyboard.type("The agreement in English.");
  await page.locator("#panel-en").getByLabel(pl.AdminPosts.fields.publish, { exact: true }).check();

  // Scheduled one minute ahead, in Warsaw time.
  const goLive = new Date(Date.now() + 60_000);
  goLive.setSeconds(0, 0);
  if (goLive.getTime() < Date.now() + 20_000) goLive.setMinutes(goLive.getMinutes() + 1);
  await page.getByLabel(pl.AdminPosts.statusChoice.SCHEDULED).check();
  await page.getByLabel(pl.AdminPosts.fields.publishAt, { exact: true }).fill(toWarsawInput(goLive));
  await page.getByRole("button", { name: pl.AdminEditor.save, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Zapisano wersję 1." })).toBeVisible();
  const editUrl = page.url().replace(/\?.*$/, "");

  // What was stored: heading, link and image survived sanitizing.
  const plSlug = await page.locator("#panel-pl").getByLabel(pl.AdminPosts.fields.slug, { exact: true }).inputValue();
  expect(plSlug).toBe(`nowa-umowa-klastrow-${stamp}`);
  const enSlug = await page.locator("#panel-en").getByLabel(pl.AdminPosts.fields.slug, { exact: true }).inputValue();

  // Not public before its time.
  expect((await request.get(`/pl/news/${plSlug}`)).status()).toBe(404);
  await expect(async () => {
    const list = await (await request.get("/pl/news")).text();
    expect(list).not.toContain(titlePl);
  }).toPass();

  // Goes live by itself (the scheduler), on the Polish and English lists.
  await expect(async () => {
    expect(Date.now()).toBeGreaterThanOrEqual(goLive.getTime());
    expect(await (await request.get("/pl/news")).text()).toContain(titlePl);
    expect(await (await request.get("/en/news")).text()).toContain(titleEn);
  }).toPass({ timeout: 120_000, intervals: [1000] });
  const livePl = await request.get(`/pl/news/${plSlug}`);
  expect(livePl.status()).toBe(200);
  const html = await livePl.text();
  expect(html).toMatch(/<h2[^>]*>Najważniejsze ustalenia<\/h2>/);
  expect(html).toMatch(/<a href="https:\/\/okip\.example\.org\/o-nas" rel="noopener noreferrer">stronie OKIP<\/a>/);
  expect(html).toMatch(/<img src="\/media\/[^"]+"/);
  expect((await request.get(`/en/news/${enSlug}`)).status()).toBe(200);

  // Rename the Polish slug: the old address answers with a permanent redirect.
  await page.goto(editUrl);
  await page
    .locator("#panel-pl")
    .getByLabel(pl.AdminPosts.fields.slug, { exact: true })
    .fill(`umowa-klastrow-${stamp}`);
  await page.getByRole("button", { name: pl.AdminEditor.save, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Zapisano wersję/ })).toBeVisible();
  const old = await request.get(`/pl/news/${plSlug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  // Next 16 repeats the Location value of a redirect thrown while rendering; both name the new URL.
  expect(new Set(old.headers().location?.split(/,\s*/))).toEqual(new Set([`/pl/news/umowa-klastrow-${stamp}`]));
  await page.goto(`/pl/news/${plSlug}`);
  await expect(page).toHaveURL(new RegExp(`/pl/news/umowa-klastrow-${stamp}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titlePl);
});

test("unpublishing takes a post off the public site at once", async ({ page, request }) => {
  await signIn(page, "editor2");
  await page.goto("/pl/admin/posts?q=wpis 30");
  await page.getByRole("link", { name: /wpis 30$/ }).click();
  await page.waitForURL(/\/admin\/posts\/[^/?]+$/);
  const slug = await page.locator("#panel-pl").getByLabel(pl.AdminPosts.fields.slug, { exact: true }).inputValue();
  const title = await page.locator("#panel-pl").getByLabel(pl.AdminPosts.fields.title, { exact: true }).inputValue();
  expect((await request.get(`/pl/news/${slug}`)).status()).toBe(200);
  await page.getByRole("button", { name: pl.AdminPosts.unpublish }).click();
  await page.waitForURL(/\?saved=\d+$/);
  await expect(page.getByText(`${pl.Admin.postStatus.DRAFT} ·`)).toBeVisible();
  // The very first requests after the save see the change: no waiting, no cache expiry.
  expect((await request.get(`/pl/news/${slug}`)).status()).toBe(404);
  expect(await (await request.get("/pl/news/-/2")).text()).not.toContain(title);
});

test("a second editor saving an outdated version is told so and keeps their text", async ({ browser }) => {
  const first = await browser.newPage({ locale: "pl-PL" });
  const second = await browser.newPage({ locale: "pl-PL" });
  await signIn(first, "editor");
  await signIn(second, "editor2");
  await first.goto("/pl/admin/posts?q=wpis 29");
  await first.getByRole("link", { name: /wpis 29$/ }).click();
  await first.waitForURL(/\/admin\/posts\/[^/?]+$/);
  await second.goto(first.url());
  const excerpt = (p: typeof first) => p.locator("#panel-pl").getByLabel(pl.AdminPosts.fields.excerpt, { exact: true });
  await excerpt(first).fill("Zmiana pierwszej osoby.");
  await excerpt(second).fill("Zmiana drugiej osoby, która nie może zginąć.");
  await first.getByRole("button", { name: pl.AdminEditor.save, exact: true }).click();
  await expect(first.getByRole("status").filter({ hasText: /Zapisano wersję/ })).toBeVisible();
  await second.getByRole("button", { name: pl.AdminEditor.save, exact: true }).click();
  await expect(second.getByRole("alert").filter({ hasText: pl.Validation.conflict })).toHaveText(
    pl.Validation.conflict,
  );
  await expect(excerpt(second)).toHaveValue("Zmiana drugiej osoby, która nie może zginąć.");
  await first.reload();
  await expect(excerpt(first)).toHaveValue("Zmiana pierwszej osoby.");
});

test("a validation error is shown next to the field, translated, and keeps every tab's text", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/en/admin/posts/new");
  const en = messages.en;
  await page.getByRole("tab", { name: /English/ }).click();
  await page.locator("#panel-en").getByLabel(en.AdminPosts.fields.title, { exact: true }).fill("Only an English title");
  await page.locator("#panel-en").getByLabel(en.AdminPosts.fields.slug, { exact: true }).fill("Not A Valid Slug!");
  await page.getByRole("button", { name: en.AdminEditor.save, exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: en.AdminPosts.errorsBelow })).toBeVisible();
  // The Polish version is marked for publishing but empty: its title is required.
  await expect(page.locator("#panel-pl").getByText(en.Validation.titleRequiredToPublish)).toBeAttached();
  await page.getByRole("tab", { name: /English/ }).click();
  await expect(page.locator("#panel-en").getByText(en.Validation.slugFormat)).toBeVisible();
  await expect(page.locator("#panel-en").getByLabel(en.AdminPosts.fields.title, { exact: true })).toHaveValue(
    "Only an English title",
  );
  await expect(page.locator("#panel-en").getByLabel(en.AdminPosts.fields.slug, { exact: true })).toHaveValue(
    "Not A Valid Slug!",
  );
});

test("script in any text field of a post never runs for visitors", async ({ page }) => {
  const payload = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;
  const stamp = Date.now().toString(36);
  await signIn(page, "editor");
  await page.goto("/pl/admin/posts/new");
  const panel = page.locator("#panel-pl");
  await panel.getByLabel(pl.AdminPosts.fields.title, { exact: true }).fill(`XSS ${stamp} ${payload}`);
  await panel.getByLabel(pl.AdminPosts.fields.slug, { exact: true }).fill(`xss-${stamp}`);
  await panel.getByLabel(pl.AdminPosts.fields.excerpt, { exact: true }).fill(payload);
  await panel.getByText(pl.AdminPosts.fields.seo).click();
  await panel.getByLabel(pl.AdminPosts.fields.seoTitle, { exact: true }).fill(payload);
  await panel.getByLabel(pl.AdminPosts.fields.seoDescription, { exact: true }).fill(payload);
  await page.locator("#panel-pl [contenteditable=true]").click();
  await page.keyboard.type(payload);
  await page.getByLabel(pl.AdminPosts.fields.authorName, { exact: true }).fill(payload);
  await page.getByLabel(pl.AdminPosts.statusChoice.PUBLISHED).check();
  await page.getByRole("button", { name: pl.AdminEditor.save, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Zapisano wersję/ })).toBeVisible();

  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  for (const path of [`/pl/news/xss-${stamp}`, "/pl/news", "/pl"]) {
    await page.goto(path);
    await expect(page.getByText(`XSS ${stamp}`).first()).toBeVisible();
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  }
  // Shown as the text that was typed, in the heading and the body.
  await page.goto(`/pl/news/xss-${stamp}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`XSS ${stamp} ${payload}`);
  await expect(page.locator("article")).toContainText(payload);
  expect(await page.locator("article img[src=x], article script").count()).toBe(0);
  expect(await page.title()).toContain(payload);
  expect(dialogs).toEqual([]);
});

test("an editor previews a draft on its public address; visitors still get a 404", async ({
  page,
  context,
  request,
}) => {
  const stamp = Date.now().toString(36);
  await signIn(page, "editor");
  await page.goto("/pl/admin/posts/new");
  const panel = page.locator("#panel-pl");
  await panel.getByLabel(pl.AdminPosts.fields.title, { exact: true }).fill(`Szkic do podglądu ${stamp}`);
  await page.locator("#panel-pl [contenteditable=true]").click();
  await page.keyboard.type("Treść szkicu.");
  await page.getByRole("button", { name: pl.AdminEditor.save, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Zapisano wersję/ })).toBeVisible();

  const [preview] = await Promise.all([
    context.waitForEvent("page"),
    page.getByRole("link", { name: `${pl.AdminPosts.preview} PL` }).click(),
  ]);
  await expect(preview).toHaveURL(new RegExp(`/pl/news/szkic-do-podgladu-${stamp}$`));
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText(`Szkic do podglądu ${stamp}`);
  await expect(preview.getByRole("status").filter({ hasText: pl.Article.preview })).toBeVisible();
  expect((await request.get(`/pl/news/szkic-do-podgladu-${stamp}`)).status()).toBe(404);

  await preview.getByRole("link", { name: pl.Article.exitPreview }).click();
  await expect(preview.getByRole("heading", { level: 1 })).not.toHaveText(`Szkic do podglądu ${stamp}`);
});
