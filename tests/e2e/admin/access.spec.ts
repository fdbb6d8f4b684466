import { expect, test } from "@playwright/test";
import { e2eUsers } from "../support/accounts";
import { signIn, waitForMail } from "../support/admin";
import { messages } from "../support/pages";

const pl = messages.pl;

test("an anonymous visitor is sent to sign-in from every admin page", async ({ page, request }) => {
  for (const path of ["/pl/admin", "/pl/admin/posts", "/pl/admin/posts/new", "/en/admin/users"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toContain(`/sign-in?next=`);
  }
  await page.goto("/pl/admin/posts");
  await expect(page).toHaveURL(/\/pl\/sign-in\?next=%2Fpl%2Fadmin%2Fposts$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pl.Account.signIn.title);
});

test("a forged session cookie gets nowhere", async ({ browser }) => {
  const context = await browser.newContext({ locale: "pl-PL" });
  await context.addCookies([{ name: "authjs.session-token", value: "forged", domain: "127.0.0.1", path: "/" }]);
  const page = await context.newPage();
  await page.goto("/pl/admin");
  await expect(page).toHaveURL(/\/pl\/sign-in/);
  await context.close();
});

test("signing out ends the session on the server: a copy of its cookie stops working at once", async ({ browser }) => {
  const context = await browser.newContext({ locale: "pl-PL" });
  const page = await context.newPage();
  await signIn(page, "editor");
  const cookies = await context.cookies();
  expect(cookies.some((c) => /session-token/.test(c.name))).toBe(true);

  // The same cookie in another browser works while the session lasts…
  const copy = await browser.newContext({ locale: "pl-PL" });
  await copy.addCookies(cookies);
  const thief = await copy.newPage();
  await thief.goto("/pl/admin");
  await expect(thief).toHaveURL(/\/pl\/admin$/);

  // …and not once its owner has signed out.
  await page.getByRole("button", { name: pl.Account.signOut }).click();
  await expect(page).toHaveURL(/\/pl\/sign-in/);
  await thief.goto("/pl/admin/posts");
  await expect(thief).toHaveURL(/\/pl\/sign-in/);
  await expect(thief.getByRole("heading", { level: 1 })).toHaveText(pl.Account.signIn.title);
  await copy.close();
  await context.close();
});

test("a cluster member signs in to its own area and cannot reach the editors' admin", async ({ page }) => {
  await signIn(page, "member", false);
  await expect(page).toHaveURL(/\/pl\/my-cluster$/);
  await expect(page.getByRole("link", { name: pl.Admin.nav.posts })).toHaveCount(0);
  for (const path of ["/pl/admin/posts/new", "/pl/admin/reviews", "/pl/admin/clusters"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/pl\/my-cluster$/);
    await expect(page.locator('[name="publishAt"]')).toHaveCount(0);
    await expect(page.getByRole("link", { name: pl.Admin.nav.reviews })).toHaveCount(0);
  }
});

test("an editor does not see the admins' pages", async ({ page }) => {
  await signIn(page, "editor");
  await expect(page.getByRole("link", { name: pl.Admin.nav.users })).toHaveCount(0);
  const response = await page.goto("/pl/admin/users");
  expect(response?.status()).not.toBe(200);
});

test(`after 5 wrong passwords the account is locked, even for the right one`, async ({ page }) => {
  const user = e2eUsers.locked;
  const attempt = async (password: string) => {
    // A fresh form each time: the alert on the page is this attempt's answer.
    await page.goto("/pl/sign-in");
    await page.getByLabel(pl.Account.email).fill(user.email);
    await page.getByLabel(pl.Account.password, { exact: true }).fill(password);
    await page.getByRole("button", { name: pl.Account.signIn.submit }).click();
    const alert = page.locator("form [role=alert]");
    await expect(alert).toBeVisible();
    // The address stays in the form.
    await expect(page.getByLabel(pl.Account.email)).toHaveValue(user.email);
    return alert;
  };
  for (let i = 1; i <= 4; i += 1)
    await expect(await attempt(`wrong password ${i}`)).toHaveText(pl.Account.signIn.invalid);
  // The fifth failure may already report the lock.
  await expect(await attempt("wrong password 5")).toHaveText(
    new RegExp(`^(${pl.Account.signIn.invalid}|${pl.Account.signIn.locked})$`),
  );
  await expect(await attempt(user.password)).toHaveText(pl.Account.signIn.locked);
  await expect(page).toHaveURL(/\/pl\/sign-in/);
});

test("an invitation e-mail leads to choosing a password and signing in", async ({ page, browser }) => {
  const email = `new-editor-${Date.now()}@e2e.test`;
  await signIn(page, "admin");
  await page.getByRole("link", { name: pl.Admin.nav.users }).click();
  await page.getByLabel(pl.AdminUsers.email).fill(email);
  await page.getByLabel(pl.AdminUsers.name).fill("Nina Nowa");
  await page.getByLabel(pl.AdminUsers.role).selectOption("EDITOR");
  await page.getByLabel(pl.AdminUsers.language).selectOption("en");
  await page.getByRole("button", { name: pl.AdminUsers.invite }).click();
  await expect(page.getByRole("status")).toContainText(email);

  const mail = await waitForMail(email);
  expect(mail.subject).toBe(messages.en.Email.invite.subject);
  const link = /http:\/\/127\.0\.0\.1:\d+\/en\/set-password\?token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  expect(link).toBeTruthy();

  const invitee = await browser.newPage({ locale: "en-GB" });
  await invitee.goto(link!);
  await invitee.getByLabel(messages.en.Account.setPassword.password).fill("a new password for nina");
  await invitee.getByLabel(messages.en.Account.setPassword.confirm).fill("a new password for nina");
  await invitee.getByRole("button", { name: messages.en.Account.setPassword.submit }).click();
  await expect(invitee).toHaveURL(/\/en\/sign-in\?welcome=1$/);
  await invitee.getByLabel(messages.en.Account.email).fill(email);
  await invitee.getByLabel(messages.en.Account.password, { exact: true }).fill("a new password for nina");
  await invitee.getByRole("button", { name: messages.en.Account.signIn.submit }).click();
  await expect(invitee).toHaveURL(/\/en\/admin$/);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText(messages.en.AdminDashboard.title);

  // The link worked once.
  await invitee.goto(link!);
  await expect(invitee.locator("main [role=alert]")).toHaveText(messages.en.Account.setPassword.expired);
});

test("a disabled user's open session stops working at once", async ({ page, browser }) => {
  const victim = await browser.newPage({ locale: "pl-PL" });
  await signIn(victim, "disabled");
  await signIn(page, "admin");
  await page.goto("/pl/admin/users");
  const row = page.getByRole("row").filter({ hasText: e2eUsers.disabled.email });
  await row.getByRole("button", { name: pl.AdminUsers.disable }).click();
  await expect(row.getByRole("status")).toHaveText(pl.AdminUsers.done.disable);
  await victim.goto("/pl/admin/posts");
  await expect(victim).toHaveURL(/\/pl\/sign-in/);
});

test("admin pages carry a nonce-based CSP and run without violations; public pages keep theirs", async ({
  page,
  request,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await signIn(page, "editor");
  const response = await page.goto("/pl/admin/posts/new");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain("frame-ancestors 'none'");
  // Images from this site only: no third-party pixel reaches an editor either.
  expect(csp).toMatch(/(^|; )img-src 'self' data:(;|$)/);
  expect(response?.headers()["cache-control"]).toContain("no-store");
  await expect(page.locator("#panel-pl [contenteditable=true]")).toBeVisible();
  expect(violations).toEqual([]);

  const home = await request.get("/pl");
  expect(home.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(home.headers()["content-security-policy"]).toMatch(/(^|; )img-src 'self' data:(;|$)/);
  expect(home.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(home.headers()["strict-transport-security"]).toContain("max-age=");
});
