import { expect, type Browser, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { signIn, waitForMail } from "../support/admin";
import { e2eUsers } from "../support/accounts";
import { messages } from "../support/pages";

const { pl, en } = messages;

// A member cluster keeps its own profile: PIKMED's member edits it, an editor reviews it, and
// the public page changes only on approval. The tests share PIKMED's profile, so they run in order.
test.describe.configure({ mode: "serial" });

async function signedIn(browser: Browser, who: "member" | "memberDisabled" | "editor" | "admin"): Promise<Page> {
  const page = await (await browser.newContext({ locale: "pl-PL" })).newPage();
  await signIn(page, who, false);
  await expect(page).toHaveURL(who.startsWith("member") ? /\/pl\/my-cluster$/ : /\/pl\/admin$/);
  return page;
}

async function saveProfile(page: Page) {
  await page
    .getByRole("button", {
      name: page.url().includes("/en/") ? en.AdminEditor.save : pl.AdminEditor.save,
    })
    .click();
}

test("a member edits the English description and the logo; the public page changes only when an editor approves", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const newText = `PIKMED connects hospitals, universities and medical start-ups ${stamp}.`;
  const member = await signedIn(browser, "member");

  // A logo of the cluster's own, uploaded to its files.
  await member.goto("/en/my-cluster/media");
  const logo = await sharp({ create: { width: 240, height: 240, channels: 3, background: "#0b5f8a" } })
    .png()
    .toBuffer();
  await member
    .locator('input[type="file"]')
    .setInputFiles({ name: "pikmed-logo.png", mimeType: "image/png", buffer: logo });
  await member.locator('input[name="alts.pl"]').fill(`Logo PIKMED ${stamp}`);
  await member.locator('input[name="alts.en"]').fill(`PIKMED logo ${stamp}`);
  await member.getByRole("button", { name: en.AdminMedia.upload }).click();
  await expect(member.getByRole("status").filter({ hasText: "pikmed-logo.png" })).toBeVisible();

  // The profile: English description and the new logo.
  await member.goto("/en/my-cluster");
  await member.getByRole("tab", { name: /English/ }).click();
  const description = member.locator("#panel-en [contenteditable=true]");
  await description.click();
  await member.keyboard.press("ControlOrMeta+a");
  await member.keyboard.type(newText);
  await member
    .getByLabel(en.AdminClusters.editor.logo, { exact: true })
    .selectOption({ label: `PIKMED logo ${stamp}` });
  await saveProfile(member);
  await expect(member.getByRole("status").filter({ hasText: en.MyCluster.profile.savedPending })).toBeVisible();
  await expect(member.getByTestId("review-state")).toContainText(en.MyCluster.profile.pending.split("(")[0]!.trim());

  // Visitors still see the approved profile.
  const before = await (await request.get("/en/clusters/pikmed")).text();
  expect(before).not.toContain(newText);
  expect(before).not.toContain(`PIKMED logo ${stamp}`);

  // The editor sees the change field by field, the English description among them, and approves.
  const editor = await signedIn(browser, "editor");
  await editor.goto("/pl/admin/reviews");
  await editor.getByRole("link", { name: pl.AdminReviews.open }).first().click();
  const english = editor.getByRole("region", { name: "English" });
  await expect(english.locator("ins").filter({ hasText: stamp })).toHaveCount(1);
  await expect(english.locator("dt").first()).toContainText(pl.AdminHistory.field.description);
  await expect(editor.getByRole("region", { name: pl.AdminReviews.logo })).toBeVisible();
  await editor.getByRole("button", { name: pl.AdminReviews.approve }).click();
  await expect(editor.getByRole("status").filter({ hasText: pl.AdminReviews.approved })).toBeVisible();

  // Public at once: the very next request shows the new text and logo.
  const started = Date.now();
  const after = await (await request.get("/en/clusters/pikmed")).text();
  expect(Date.now() - started).toBeLessThan(1000);
  expect(after).toContain(newText);
  expect(after).toContain(`PIKMED logo ${stamp}`);

  // The member is told, and the history records the version as the member's.
  const mail = await waitForMail(e2eUsers.member.email);
  expect(mail.subject).toContain("PIKMED");
  await member.goto("/pl/my-cluster/history");
  await expect(member.locator("main ol > li").first()).toContainText(e2eUsers.member.name);
});

test("an editor rejects a change with a comment: the member gets the e-mail in Polish and the public page stays", async ({
  browser,
  request,
}) => {
  const stamp = Date.now().toString(36);
  const summary = `Krótki opis do odrzucenia ${stamp}`;
  const comment = `Proszę podać źródło danych ${stamp}`;
  const member = await signedIn(browser, "member");
  await member.getByLabel(pl.AdminClusters.editor.shortDescription, { exact: true }).first().fill(summary);
  await saveProfile(member);
  await expect(member.getByRole("status").filter({ hasText: pl.MyCluster.profile.savedPending })).toBeVisible();

  const editor = await signedIn(browser, "editor");
  await editor.goto("/pl/admin/reviews");
  await editor.getByRole("link", { name: pl.AdminReviews.open }).first().click();
  // Rejecting needs a reason: without one the form says so and nothing is decided.
  await editor.getByRole("button", { name: pl.AdminReviews.reject }).click();
  await expect(editor.getByText(pl.Validation.required)).toBeVisible();
  await editor.getByLabel(pl.AdminReviews.comment).fill(comment);
  await editor.getByRole("button", { name: pl.AdminReviews.reject }).click();
  await expect(editor.getByRole("status").filter({ hasText: pl.AdminReviews.rejected })).toBeVisible();

  // The newest message to the member (the approval of the previous test came before it).
  const subject = pl.Email.profileRejected.subject.replace("{cluster}", "Polski Innowacyjny Klaster Medyczny PIKMED");
  await expect.poll(async () => (await waitForMail(e2eUsers.member.email)).subject).toBe(subject);
  expect((await waitForMail(e2eUsers.member.email)).text).toContain(comment);
  expect(await (await request.get("/pl/clusters/pikmed")).text()).not.toContain(summary);

  await member.reload();
  await expect(member.getByTestId("review-state")).toContainText(comment);
});

test("a member proposes a news post; the editor publishes it; the member sees it published", async ({
  browser,
  request,
}) => {
  const stamp = Date.now().toString(36);
  const title = `PIKMED otwiera laboratorium ${stamp}`;
  const member = await signedIn(browser, "member");
  await member.goto("/pl/my-cluster/posts");
  // Nothing typed is lost when the text is missing.
  await member.getByLabel(pl.MyCluster.posts.title, { exact: true }).fill(title);
  await member.getByRole("button", { name: pl.MyCluster.posts.submit }).click();
  await expect(member.getByRole("alert").filter({ hasText: pl.MyCluster.posts.notSent })).toBeVisible();
  await expect(member.getByLabel(pl.MyCluster.posts.title, { exact: true })).toHaveValue(title);
  await member.locator("[contenteditable=true]").click();
  await member.keyboard.type("Nowe laboratorium badań klinicznych rusza w Katowicach.");
  await member.getByRole("button", { name: pl.MyCluster.posts.submit }).click();
  await expect(member.getByRole("status").filter({ hasText: pl.MyCluster.posts.sent })).toBeVisible();
  await expect(member.getByTestId("proposal").filter({ hasText: title })).toContainText(
    pl.MyCluster.posts.state.review,
  );

  const editor = await signedIn(browser, "editor");
  await editor.goto("/pl/admin/reviews");
  const proposal = editor.getByTestId("proposed-post").filter({ hasText: title });
  await expect(proposal).toContainText("PIKMED");
  await proposal.getByRole("link", { name: pl.AdminReviews.edit }).click();
  await editor.locator("#panel-pl").getByLabel(pl.AdminPosts.fields.publish, { exact: true }).check();
  await editor.getByLabel(pl.AdminPosts.statusChoice.PUBLISHED).check();
  await editor.getByRole("button", { name: pl.AdminEditor.save, exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: /Zapisano wersję/ })).toBeVisible();

  expect(await (await request.get("/pl/news")).text()).toContain(title);
  await member.reload();
  const mine = member.getByTestId("proposal").filter({ hasText: title });
  await expect(mine).toContainText(pl.MyCluster.posts.state.published);
  await mine.getByRole("link", { name: pl.MyCluster.posts.read }).click();
  await expect(member.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("a member's area carries a nonce CSP; a disabled member loses access on the next request", async ({ browser }) => {
  const member = await signedIn(browser, "memberDisabled");
  const violations: string[] = [];
  member.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await member.goto("/pl/my-cluster");
  expect(response?.headers()["content-security-policy"]).toMatch(
    /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
  );
  expect(response?.headers()["cache-control"]).toContain("no-store");
  await expect(member.locator("#panel-pl [contenteditable=true]")).toBeVisible();
  expect(violations).toEqual([]);

  const admin = await signedIn(browser, "admin");
  await admin.goto("/pl/admin/users");
  const row = admin.getByRole("row").filter({ hasText: e2eUsers.memberDisabled.email });
  await row.getByRole("button", { name: pl.AdminUsers.disable }).click();
  await expect(row.getByRole("status")).toHaveText(pl.AdminUsers.done.disable);
  await member.goto("/pl/my-cluster/posts");
  await expect(member).toHaveURL(/\/pl\/sign-in/);
});
