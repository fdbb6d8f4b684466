import { expect, type Page, test } from "@playwright/test";
import { mailTo, waitForMail } from "./support/admin";
import { messages } from "./support/pages";

const { de } = messages;

// A German visitor subscribes, confirms through the e-mail, signs up again, and leaves with
// the one-click unsubscribe of RFC 8058, as a mail client would do it.
test.use({ locale: "de-DE" });

async function signUp(page: Page, email: string) {
  const box = page.getByRole("region", { name: de.Newsletter.box.heading });
  await box.getByLabel(de.Newsletter.form.email).fill(email);
  await box.getByRole("checkbox").check();
  await box.getByRole("button", { name: de.Newsletter.form.submit }).click();
  await expect(box.getByRole("status")).toHaveText(de.Newsletter.form.sent);
}

test("a visitor on /de subscribes, confirms, signs up again and unsubscribes with one click", async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const email = `leser-${Date.now().toString(36)}@example.org`;
  await page.goto("/de");
  const box = page.getByRole("region", { name: de.Newsletter.box.heading });
  // The language defaults to the page's; the consent links to the privacy note in German.
  await expect(box.getByLabel(de.Newsletter.form.language)).toHaveValue("de");
  await expect(box.getByRole("link", { name: de.Newsletter.form.privacy })).toHaveAttribute(
    "href",
    "/de/privacy#newsletter",
  );

  // Without consent: a German error, and the address stays typed.
  await box.getByLabel(de.Newsletter.form.email).fill(email);
  await box.getByRole("button", { name: de.Newsletter.form.submit }).click();
  await expect(box.getByText(de.Validation.consent)).toBeVisible();
  await expect(box.getByLabel(de.Newsletter.form.email)).toHaveValue(email);
  await box.getByRole("checkbox").check();
  await box.getByRole("button", { name: de.Newsletter.form.submit }).click();
  await expect(box.getByRole("status")).toHaveText(de.Newsletter.form.sent);

  // The German confirmation arrives; its link opens a page whose button confirms.
  const confirmation = await waitForMail(email);
  expect(confirmation.subject).toBe(de.Email.confirm.subject);
  expect(confirmation.html).toContain('<html lang="de"');
  expect(confirmation.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const link = /https?:\/\/\S+\/de\/newsletter\/confirm\?token=[\w-]+/.exec(confirmation.text)?.[0];
  expect(link).toBeTruthy();
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.Newsletter.confirm.title);
  await page.getByRole("button", { name: de.Newsletter.confirm.submit }).click();
  await expect(page.getByRole("status")).toHaveText(de.Newsletter.confirm.done);
  // The link works once.
  await page.reload();
  await expect(page.getByText(de.Newsletter.confirm.invalid)).toBeVisible();
  // The newsletter is not a part of the news section.
  await expect(page.getByRole("link", { name: de.Layout.news, exact: true }).first()).not.toHaveAttribute(
    "aria-current",
    "page",
  );

  // Signing up again, now confirmed: the same answer, and no new e-mail.
  await page.goto("/de/newsletter");
  await signUp(page, email);
  await page.waitForTimeout(1500);
  expect(await mailTo(email)).toHaveLength(1);

  // A mail client's one-click unsubscribe: a POST to the List-Unsubscribe URL.
  const target = /^<(.+)>$/.exec(confirmation.headers["list-unsubscribe"] ?? "")?.[1];
  expect(target).toBeTruthy();
  const { pathname, search } = new URL(target!);
  const response = await request.post(pathname + search, { form: { "List-Unsubscribe": "One-Click" } });
  expect(response.status()).toBe(200);
  await page.goto(`/de/newsletter/preferences${search}`);
  await expect(page.getByText(de.Newsletter.preferences.isUnsubscribed)).toBeVisible();

  // Unsubscribed and back: a new confirmation is sent.
  await page.goto("/de");
  await signUp(page, email);
  await expect.poll(async () => (await mailTo(email)).length, { timeout: 10_000 }).toBe(2);
});

test("a second sign-up of an unconfirmed address sends a new link", async ({ page }) => {
  const email = `zweimal-${Date.now().toString(36)}@example.org`;
  await page.goto("/de/newsletter");
  await signUp(page, email);
  await waitForMail(email);
  await page.reload();
  await signUp(page, email);
  await expect.poll(async () => (await mailTo(email)).length, { timeout: 10_000 }).toBe(2);
  const [first, second] = await mailTo(email);
  expect(first!.text).not.toBe(second!.text);
});
