import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { mailTo, signIn, waitForMail } from "../support/admin";
import { e2eUsers } from "../support/accounts";
import { messages } from "../support/pages";

const { pl, de } = messages;

type Post = { id: string; pl: string; de: string | null; en: string | null };

// Two confirmed subscribers of our own (German and English), straight into the database, and the
// newest public post with a German translation (the composer lists the 40 newest).
async function setUp(stamp: string): Promise<{ to: { de: string; en: string }; post: Post }> {
  const emails = { de: `abonnent-${stamp}@example.org`, en: `reader-${stamp}@example.org` };
  const client = new pg.Client({ connectionString: (await readFile(".data/e2e-database-url", "utf8")).trim() });
  await client.connect();
  try {
    const { rows } = await client.query<Post>(
      `SELECT p.id,
              max(t.title) FILTER (WHERE t.locale = 'pl') AS pl,
              max(t.title) FILTER (WHERE t.locale = 'de') AS de,
              max(t.title) FILTER (WHERE t.locale = 'en') AS en
         FROM "Post" p JOIN "PostTranslation" t ON t."postId" = p.id AND t.status = 'PUBLISHED'
        WHERE p.status = 'PUBLISHED' AND p."publishedAt" <= now() AT TIME ZONE 'UTC'
        GROUP BY p.id, p."publishedAt"
       HAVING bool_or(t.locale = 'de') AND bool_or(t.locale = 'pl')
        ORDER BY p."publishedAt" DESC LIMIT 1`,
    );
    for (const [locale, email] of Object.entries(emails)) {
      await client.query(
        `INSERT INTO "NewsletterSubscriber" (id, email, locale, status, "consentAt", "confirmedAt", "updatedAt")
         VALUES ($1, $2, $3, 'CONFIRMED', now(), now(), now())`,
        [`e2e${locale}${stamp}`, email, locale],
      );
    }
    return { to: emails, post: rows[0]! };
  } finally {
    await client.end();
  }
}

test("an editor composes an issue, previews it in German, sends a test, then sends it to every subscriber in their language", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const stamp = Date.now().toString(36);
  const { to, post } = await setUp(stamp);
  await signIn(page, "editor");
  await page.goto("/pl/admin/newsletter");
  await page.getByRole("button", { name: pl.AdminNewsletter.newIssue }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pl.AdminNewsletter.issue.title);

  // Posts and texts: Polish and German written, the other languages fall back to Polish.
  await page.locator(`input[name="posts"][value="${post.id}"]`).check();
  await page.locator('[name="texts.pl.subject"]').fill(`Wiadomości OKIP ${stamp}`);
  await page.locator('[name="texts.pl.intro"]').fill("Drodzy Czytelnicy,\n\noto najnowsze wiadomości sieci.");
  await page.locator('[name="texts.de.subject"]').fill(`OKIP-Nachrichten ${stamp}`);
  // Half a translation is refused, and everything typed stays.
  await page.getByRole("button", { name: pl.AdminNewsletter.composer.save }).click();
  await expect(page.getByText(pl.Validation.issueTextPair)).toBeVisible();
  await expect(page.locator('[name="texts.de.subject"]')).toHaveValue(`OKIP-Nachrichten ${stamp}`);
  await page
    .locator('[name="texts.de.intro"]')
    .fill("Liebe Leserinnen und Leser,\n\nhier die Neuigkeiten des Netzwerks.");
  await page.getByRole("button", { name: pl.AdminNewsletter.composer.save }).click();
  await expect(page.getByRole("status").filter({ hasText: pl.AdminNewsletter.issue.saved })).toBeVisible();

  // The German preview: German intro, the article's German title, inside a sandboxed frame.
  await page
    .getByRole("navigation", { name: pl.AdminNewsletter.preview.languages })
    .getByRole("link", { name: "Deutsch" })
    .click();
  const frame = page.frameLocator("iframe");
  await expect(frame.getByText("hier die Neuigkeiten des Netzwerks.")).toBeVisible();
  await expect(frame.getByRole("link", { name: post.de! })).toBeVisible();
  await expect(page.locator("iframe")).toHaveAttribute("sandbox", "");

  // A test to the editor's own address, in the previewed language.
  await page.getByRole("button", { name: new RegExp(`${e2eUsers.editor.email}`) }).click();
  await expect
    .poll(async () =>
      (await mailTo(e2eUsers.editor.email)).some((m) => m.subject === `[Test] OKIP-Nachrichten ${stamp}`),
    )
    .toBe(true);

  // Send: the preview must be confirmed first.
  const send = page.getByRole("button", { name: /^Wyślij do/ });
  await send.click();
  await expect(page.getByText(pl.Validation.reviewRequired)).toBeVisible();
  await page.getByRole("checkbox", { name: pl.AdminNewsletter.send.reviewed }).check();
  await page.getByRole("button", { name: /^Wyślij do/ }).click();

  // The progress page refreshes itself until every message is out.
  await expect(page.getByTestId("issue-status")).toHaveText(pl.AdminNewsletter.status.SENT, { timeout: 30_000 });
  await expect(page.getByTestId("progress-failed")).toHaveText("0");
  await expect(page.getByTestId("progress-pending")).toHaveText("0");

  const german = await waitForMail(to.de);
  expect(german.subject).toBe(`OKIP-Nachrichten ${stamp}`);
  expect(german.html).toContain(post.de!);
  expect(german.text).toContain("hier die Neuigkeiten des Netzwerks.");
  expect(german.text).toContain(de.Email.issue.unsubscribe);
  expect(german.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  // English has no text of its own: the Polish subject and intro; the post in English if it has
  // an English version, else in Polish with the note.
  const english = await waitForMail(to.en);
  expect(english.subject).toBe(`Wiadomości OKIP ${stamp}`);
  expect(english.text).toContain("oto najnowsze wiadomości sieci.");
  if (post.en) expect(english.html).toContain(post.en);
  else expect(english.text).toContain(messages.en.Email.issue.fallbackNote);
  expect(await mailTo(to.de)).toHaveLength(1);
});
