import { type Browser, expect, type Page, test } from "@playwright/test";
import { type FaultStack, startFaultStack } from "../support/fault-stack";
import { messages } from "../support/pages";

// The per-IP limits count the address of the connection (TRUSTED_PROXIES=0, the default): a client
// that rotates X-Forwarded-For and X-Real-IP on every attempt is still one client. A portal of its
// own (tests/e2e/support/fault-stack.ts), so that throttling 127.0.0.1 slows no other test.

const pl = messages.pl;
let stack: FaultStack;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  stack = await startFaultStack();
});

test.afterAll(async () => {
  await stack?.close();
});

// A different forged origin on every request of the page.
async function rotatingPage(browser: Browser): Promise<{ page: Page; rotate: (i: number) => Promise<void> }> {
  const context = await browser.newContext({ baseURL: stack.baseURL, locale: "pl-PL" });
  const page = await context.newPage();
  const rotate = (i: number) =>
    page.setExtraHTTPHeaders({
      "x-forwarded-for": `203.0.113.${i % 250}, 198.51.100.${(i * 7) % 250}`,
      "x-real-ip": `192.0.2.${(i * 13) % 250}`,
    });
  return { page, rotate };
}

test("rotating X-Forwarded-For and X-Real-IP does not get past the 20-failure sign-in throttle", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { page, rotate } = await rotatingPage(browser);
  const answers: string[] = [];
  for (let i = 0; i < 22; i += 1) {
    await rotate(i);
    await page.goto("/pl/sign-in");
    await page.getByLabel(pl.Account.email).fill(`spray-${i}-${Date.now()}@example.org`);
    await page.getByLabel(pl.Account.password, { exact: true }).fill("not the password");
    await page.getByRole("button", { name: pl.Account.signIn.submit }).click();
    const alert = page.getByRole("alert").filter({ hasText: /\S/ });
    await expect(alert).toBeVisible();
    answers.push((await alert.innerText()).trim());
  }
  // Twenty failures from one address, whatever the headers said (the twentieth already says so);
  // then that address waits.
  expect(answers.slice(0, 19)).toEqual(Array(19).fill(pl.Account.signIn.invalid));
  expect(answers.slice(19)).toEqual(Array(3).fill(pl.Account.signIn.throttled));
  const [row] = await stack.sql<{ key: string }>(`SELECT key FROM rate_limits WHERE key LIKE 'signin-ip:%'`);
  expect(row?.key).toBe("signin-ip:127.0.0.1");
});

test("rotating the same headers does not get past the newsletter's per-IP limit", async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, rotate } = await rotatingPage(browser);
  const answers: string[] = [];
  for (let i = 0; i < 12; i += 1) {
    await rotate(i);
    await page.goto("/pl/newsletter");
    const form = page.locator("form").filter({ has: page.getByLabel(pl.Newsletter.form.email) });
    await form.getByLabel(pl.Newsletter.form.email).fill(`reader-${i}-${Date.now()}@example.org`);
    await form.getByRole("checkbox").check();
    await form.getByRole("button", { name: pl.Newsletter.form.submit }).click();
    const answer = form.getByRole("status").or(form.getByRole("alert")).filter({ hasText: /\S/ }).first();
    await expect(answer).toBeVisible();
    answers.push((await answer.innerText()).trim());
  }
  expect(answers.slice(0, 10)).toEqual(Array(10).fill(pl.Newsletter.form.sent));
  for (const text of answers.slice(10)) expect(text).toMatch(/^Zbyt wiele zapisów w krótkim czasie/);
});
