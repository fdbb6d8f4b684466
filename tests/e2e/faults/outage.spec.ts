import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { signIn } from "../support/admin";
import { type FaultStack, startFaultStack } from "../support/fault-stack";
import { articlePath, messagePattern, messages } from "../support/pages";

// Pages keep serving through a database outage (a portal of its own, tests/e2e/support/fault-stack.ts):
// a change is visible at once while PostgreSQL answers; while it does not, every page rendered before
// answers with its last good copy, and the pages that need the database on each request (a name
// search, a tag filter) answer a translated 503 with Retry-After until the first request after it is back.

const REVALIDATE = { authorization: "Bearer e2e-revalidate-secret-0123456789" };
const cachedPages = ["pl", "en"].flatMap((l) => [
  `/${l}`,
  articlePath(l as "pl" | "en"),
  `/${l}/news`,
  `/${l}/clusters`,
]);
const perRequestPages = ["/pl/clusters?q=klaster", "/en/news?tag=agreements"];

let stack: FaultStack;
let http: APIRequestContext;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  stack = await startFaultStack();
  http = await playwrightRequest.newContext({ baseURL: stack.baseURL });
});

test.afterAll(async () => {
  await http?.dispose();
  await stack?.close();
});

// The newest post: on the home page, the first news page and its own page.
async function newestPost(): Promise<{ id: string; path: string }> {
  const [row] = await stack.sql<{ id: string; slug: string }>(
    `SELECT p.id, t.slug FROM "Post" p JOIN "PostTranslation" t ON t."postId" = p.id AND t.locale = 'pl'
      WHERE p.status = 'PUBLISHED' ORDER BY p."publishedAt" DESC LIMIT 1`,
  );
  return { id: row!.id, path: `/pl/news/${row!.slug}` };
}

async function renamePost(id: string, title: string): Promise<void> {
  await stack.sql(`UPDATE "PostTranslation" SET title = $2 WHERE "postId" = $1 AND locale = 'pl'`, [id, title]);
  const answer = await http.post("/api/revalidate", { headers: REVALIDATE, data: { tags: ["posts"] } });
  expect(answer.status()).toBe(200);
}

async function statusOf(path: string): Promise<number> {
  return (await http.get(path, { maxRedirects: 0 })).status();
}

test("a change is on every page at once; through an outage every page rendered before keeps serving", async () => {
  test.setTimeout(180_000);
  for (const path of [...cachedPages, ...perRequestPages]) expect([path, await statusOf(path)]).toEqual([path, 200]);

  const post = await newestPost();
  const shows = async (path: string, text: string) => (await (await http.get(path)).text()).includes(text);
  expect(await statusOf(post.path)).toBe(200);

  // While PostgreSQL answers, the next visit after a change shows it.
  const first = `Wpis zmieniony ${Date.now().toString(36)}`;
  await renamePost(post.id, first);
  const changedAt = Date.now();
  for (const path of [post.path, "/pl", "/pl/news"]) {
    await expect.poll(() => shows(path, first), { timeout: 1000, intervals: [50] }).toBe(true);
  }
  console.log(`change visible on the post, home and news list after ${Date.now() - changedAt} ms`);

  // A second change, then the database goes away before anyone has seen it.
  const second = `Wpis po awarii ${Date.now().toString(36)}`;
  await renamePost(post.id, second);
  await stack.stopDatabase();

  const counts = { requests: 0, errors: [] as string[], unavailable: 0 };
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    for (const path of cachedPages) {
      const response = await http.get(path, { maxRedirects: 0 });
      counts.requests += 1;
      if (response.status() !== 200) counts.errors.push(`${path} ${response.status()}`);
      else expect(await response.text()).toContain("</html>");
    }
    for (const path of perRequestPages) {
      const response = await http.get(path, { maxRedirects: 0 });
      counts.requests += 1;
      expect([path, response.status()]).toEqual([path, 503]);
      expect(response.headers()["retry-after"]).toMatch(/^\d+$/);
      counts.unavailable += 1;
    }
  }
  console.log(
    `outage: ${counts.requests} requests in 10 s, ${counts.errors.length} not 200, ${counts.unavailable} × 503`,
  );
  expect(counts.errors).toEqual([]);

  // The 503 page is translated, complete HTML.
  const page503 = await http.get("/en/news?tag=agreements");
  const html = await page503.text();
  expect(html).toContain('<html lang="en">');
  expect(html).toContain(`<h1>${messages.en.Unavailable.title}</h1>`);
  expect(page503.headers()["cache-control"]).toContain("no-store");
  expect(await (await http.get("/pl/clusters?q=klaster")).text()).toContain(
    `<h1>${messages.pl.Unavailable.title}</h1>`,
  );

  // Back: the first per-request page answers, and the change made before the outage appears.
  await stack.startDatabase();
  const backAt = Date.now();
  for (const path of perRequestPages) expect([path, await statusOf(path)]).toEqual([path, 200]);
  for (const path of [post.path, "/pl", "/pl/news"]) {
    await expect.poll(() => shows(path, second), { timeout: 10_000, intervals: [250] }).toBe(true);
  }
  console.log(`after the restart: searches answered at once, the pages were current after ${Date.now() - backAt} ms`);
});

test("a frozen database gives the per-request pages their 503 within seconds, not a hang", async () => {
  test.setTimeout(120_000);
  expect(await statusOf(perRequestPages[0]!)).toBe(200);
  await stack.freezeDatabase();
  try {
    for (const path of perRequestPages) {
      const started = Date.now();
      const status = await statusOf(path);
      const seconds = (Date.now() - started) / 1000;
      console.log(`frozen database: ${path} answered ${status} in ${seconds.toFixed(1)} s`);
      expect([path, status]).toEqual([path, 503]);
      expect(seconds).toBeLessThan(6);
    }
    // Pages rendered before are not affected.
    expect(await statusOf("/pl")).toBe(200);
  } finally {
    await stack.thawDatabase();
  }
  await expect.poll(() => statusOf(perRequestPages[0]!), { timeout: 10_000 }).toBe(200);
});

test("an editor's save against a frozen database gets the translated error within about 5 s", async ({ browser }) => {
  test.setTimeout(120_000);
  const pl = messages.pl;
  const context = await browser.newContext({ baseURL: stack.baseURL, locale: "pl-PL" });
  const page = await context.newPage();
  await signIn(page, "editor");
  await page.goto("/pl/admin/tags");
  const form = page
    .locator("main form")
    .filter({ has: page.getByRole("button", { name: pl.AdminTags.save }) })
    .first();
  await form
    .getByLabel(pl.AdminTags.name)
    .first()
    .fill(`Zamrożony ${Date.now().toString(36)}`);
  await stack.freezeDatabase();
  try {
    const started = Date.now();
    await form.getByRole("button", { name: pl.AdminTags.save }).click();
    await expect(page.getByText(messagePattern(pl.Actions.unexpected, "[0-9a-f]{8}"))).toBeVisible({ timeout: 15_000 });
    const seconds = (Date.now() - started) / 1000;
    console.log(`frozen database: the save answered with the translated error after ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(7);
  } finally {
    await stack.thawDatabase();
    await context.close();
  }
});
