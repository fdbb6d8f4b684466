import { readdir } from "node:fs/promises";
import { type Browser, expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { localeNames } from "../../../lib/i18n/locales";
import { signIn } from "../support/admin";
import { type FaultStack, startFaultStack } from "../support/fault-stack";
import { type Locale, locales, messagePattern, messages } from "../support/pages";

// Nothing typed is lost when saving fails for a reason the user cannot help. A portal of its own
// (tests/e2e/support/fault-stack.ts: its own PostgreSQL cluster and `next start` of the production
// build) lets these tests stop the database mid-edit and make the media folder read-only. Each
// time the form answers with the translated error inside it, every field keeps its text, and the
// same submit succeeds once the fault is gone, without retyping.

const pl = messages.pl;
const unexpected = messagePattern(pl.Actions.unexpected, "[0-9a-f]{8}");
const tabName = (locale: Locale) => new RegExp(`^${localeNames[locale]}`);

let stack: FaultStack;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  stack = await startFaultStack();
});

test.afterAll(async () => {
  await stack?.close();
});

async function signedIn(browser: Browser, who: "editor" | "member"): Promise<Page> {
  const context = await browser.newContext({ baseURL: stack.baseURL, locale: "pl-PL" });
  const page = await context.newPage();
  await signIn(page, who, false);
  await expect(page).toHaveURL(who === "member" ? /\/pl\/my-cluster$/ : /\/pl\/admin$/);
  return page;
}

// The rich-text body of one language tab.
const body = (page: Page, locale: Locale) => page.locator(`#panel-${locale} [contenteditable=true]`);

test("a post in five languages survives a database outage at Save and is saved once it is back", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const title = (l: Locale) => `${localeNames[l]} ${stamp}`;
  const text = (l: Locale) => `Treść wersji ${l} ${stamp}, napisana z myślą o czytelnikach.`;
  const page = await signedIn(browser, "editor");
  await page.goto("/pl/admin/posts/new");

  for (const l of locales) {
    await page.getByRole("tab", { name: tabName(l) }).click();
    const panel = page.locator(`#panel-${l}`);
    await panel.getByLabel(pl.AdminPosts.fields.title, { exact: true }).fill(title(l));
    await panel.getByLabel(pl.AdminPosts.fields.excerpt, { exact: true }).fill(`Zajawka ${l} ${stamp}`);
    await body(page, l).click();
    await page.keyboard.type(text(l));
  }
  await page.getByLabel(pl.AdminPosts.fields.authorName, { exact: true }).fill(`Autorka ${stamp}`);

  await stack.stopDatabase();
  await page.getByRole("button", { name: pl.AdminEditor.save, exact: true }).click();
  // The translated error inside the form, brought into view, not the public error page.
  await expect(page.locator("form [role=alert]")).toHaveText(unexpected);
  await expect(page.locator("form [role=alert]")).toBeInViewport();
  await expect(page).toHaveURL(/\/pl\/admin\/posts\/new$/);
  await expect(page.getByRole("heading", { name: pl.AdminPosts.new })).toBeVisible();
  // Every tab still holds its text.
  for (const l of locales) {
    await page.getByRole("tab", { name: tabName(l) }).click();
    const panel = page.locator(`#panel-${l}`);
    await expect(panel.getByLabel(pl.AdminPosts.fields.title, { exact: true })).toHaveValue(title(l));
    await expect(panel.getByLabel(pl.AdminPosts.fields.excerpt, { exact: true })).toHaveValue(`Zajawka ${l} ${stamp}`);
    await expect(body(page, l)).toHaveText(text(l));
  }
  await expect(page.getByLabel(pl.AdminPosts.fields.authorName, { exact: true })).toHaveValue(`Autorka ${stamp}`);

  await stack.startDatabase();
  await page.getByRole("button", { name: pl.AdminEditor.save, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Zapisano wersję 1." })).toBeVisible();
  await expect(page).toHaveURL(/\/pl\/admin\/posts\/[a-z0-9]+\?saved=1$/);
  const stored = await stack.sql<{ locale: string; title: string; body: string }>(
    `SELECT t.locale::text, t.title, t.body FROM "PostTranslation" t JOIN "Post" p ON p.id = t."postId"
      WHERE p."authorName" = $1 ORDER BY t.locale`,
    [`Autorka ${stamp}`],
  );
  // The locale enum orders them as the portal does.
  expect(stored.map((row) => [row.locale, row.title])).toEqual(locales.map((l) => [l, title(l)]));
  for (const row of stored) expect(row.body).toContain(text(row.locale as Locale));
});

test("a member's profile survives a database outage at Save, and goes to review once it is back", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const summaries = { pl: `Opis po polsku ${stamp}`, en: `An English summary ${stamp}`, de: `Deutsch ${stamp}` };
  const page = await signedIn(browser, "member");

  for (const [l, summary] of Object.entries(summaries) as [Locale, string][]) {
    await page.getByRole("tab", { name: tabName(l) }).click();
    const panel = page.locator(`#panel-${l}`);
    if (l === "de") await panel.getByLabel(pl.AdminClusters.editor.name, { exact: true }).fill(`PIKMED ${stamp}`);
    await panel.getByLabel(pl.AdminClusters.editor.shortDescription, { exact: true }).fill(summary);
  }
  await page.getByLabel(pl.AdminClusters.editor.city, { exact: true }).fill(`Lublin ${stamp}`);

  await stack.stopDatabase();
  await page.getByRole("button", { name: pl.AdminEditor.save, exact: true }).click();
  await expect(page.locator("form [role=alert]")).toHaveText(unexpected);
  await expect(page).toHaveURL(/\/pl\/my-cluster$/);
  for (const [l, summary] of Object.entries(summaries) as [Locale, string][]) {
    await page.getByRole("tab", { name: tabName(l) }).click();
    const panel = page.locator(`#panel-${l}`);
    await expect(panel.getByLabel(pl.AdminClusters.editor.shortDescription, { exact: true })).toHaveValue(summary);
  }
  await expect(page.locator("#panel-de").getByLabel(pl.AdminClusters.editor.name, { exact: true })).toHaveValue(
    `PIKMED ${stamp}`,
  );
  await expect(page.getByLabel(pl.AdminClusters.editor.city, { exact: true })).toHaveValue(`Lublin ${stamp}`);

  await stack.startDatabase();
  await page.getByRole("button", { name: pl.AdminEditor.save, exact: true }).click();
  await expect(page).toHaveURL(/\/pl\/my-cluster\?saved=pending$/);
  await expect(page.getByRole("status").filter({ hasText: pl.MyCluster.profile.savedPending })).toBeVisible();
  const [change] = await stack.sql<{
    snapshot: { city: string; translations: Record<string, { shortDescription: string }> };
  }>(`SELECT snapshot FROM "ClusterChange" WHERE status = 'PENDING' ORDER BY "updatedAt" DESC LIMIT 1`);
  expect(change?.snapshot.city).toBe(`Lublin ${stamp}`);
  expect(change?.snapshot.translations.en?.shortDescription).toBe(summaries.en);
});

test("an upload into a read-only media folder keeps the descriptions and names the file; nothing is left", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const fileName = `plakat-${stamp}.png`;
  const image = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#0b5f8a" } })
    .png()
    .toBuffer();
  const page = await signedIn(browser, "editor");
  await page.goto("/pl/admin/media");
  // The library lists the seed's images with description forms of their own: work in the upload form.
  const upload = page.getByRole("region", { name: pl.AdminMedia.uploadTitle });
  const count = async () => Number((await stack.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Media"`))[0]!.n);
  const rows = await count();
  const files = await listMedia();

  await upload.locator('input[type="file"]').setInputFiles({ name: fileName, mimeType: "image/png", buffer: image });
  await upload.locator('input[name="alts.pl"]').fill(`Plakat ${stamp}`);
  await upload.locator('input[name="alts.en"]').fill(`Poster ${stamp}`);
  await upload.locator('input[name="alts.ru"]').fill(`Плакат ${stamp}`);

  await stack.setMediaReadOnly(true);
  await upload.getByRole("button", { name: pl.AdminMedia.upload }).click();
  await expect(upload.getByRole("alert")).toHaveText(unexpected);
  await expect(upload.locator('input[name="alts.pl"]')).toHaveValue(`Plakat ${stamp}`);
  await expect(upload.locator('input[name="alts.en"]')).toHaveValue(`Poster ${stamp}`);
  await expect(upload.locator('input[name="alts.ru"]')).toHaveValue(`Плакат ${stamp}`);
  await expect(upload.getByTestId("chosen-file")).toContainText(fileName);
  expect(await count()).toBe(rows);
  expect(await listMedia()).toEqual(files);

  await stack.setMediaReadOnly(false);
  // Browsers never refill a file input: the file is chosen again, the descriptions are still there.
  await upload.locator('input[type="file"]').setInputFiles({ name: fileName, mimeType: "image/png", buffer: image });
  await upload.getByRole("button", { name: pl.AdminMedia.upload }).click();
  await expect(upload.getByRole("status").filter({ hasText: fileName })).toBeVisible();
  expect(await count()).toBe(rows + 1);
  const [stored] = await stack.sql<{ alt: string }>(
    `SELECT t.alt FROM "MediaTranslation" t JOIN "Media" m ON m.id = t."mediaId" WHERE m."fileName" = $1 AND t.locale = 'ru'`,
    [fileName],
  );
  expect(stored?.alt).toBe(`Плакат ${stamp}`);
});

test("a page of the admin that cannot load while the database is away shows the area's own error; retry loads it", async ({
  browser,
}) => {
  const page = await signedIn(browser, "editor");
  await page.goto("/pl/admin");
  await stack.stopDatabase();
  try {
    await page
      .getByRole("navigation", { name: pl.Admin.nav.label })
      .getByRole("link", { name: pl.Admin.nav.clusters })
      .click();
    const alert = page.getByRole("alert").filter({ hasText: pl.Error.areaTitle });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(pl.Error.areaDescription);
    // Inside the admin's frame, not the public error page.
    await expect(page.getByRole("navigation", { name: pl.Admin.nav.label })).toBeVisible();
  } finally {
    await stack.startDatabase();
  }
  await page.getByRole("button", { name: pl.Error.retry }).click();
  await expect(page.getByRole("heading", { level: 1, name: pl.AdminClusters.title })).toBeVisible();
});

// The stored files of this stack's media folder.
async function listMedia(): Promise<string[]> {
  const entries = await readdir(stack.mediaDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath}/${e.name}`)
    .sort();
}
