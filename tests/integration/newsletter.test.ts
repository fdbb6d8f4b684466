import { type ChildProcess, spawn } from "node:child_process";
import { getIssueForEditor, newsletterOverview, renderIssuePreview } from "@/lib/data/admin/newsletter/queries";
import { createHash } from "node:crypto";
import type { ParsedMail } from "mailparser";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { request } from "../support/next-request";
import { AuthorizationError, type Viewer } from "@/lib/auth/viewer";
import { createIssue, retryFailed, saveIssue, sendTestIssue, startSending } from "@/lib/data/admin/newsletter/save";
import { eraseSubscriber, listSubscribers, subscribersCsv } from "@/lib/data/admin/newsletter/subscribers";
import { SIGNUPS_PER_ADDRESS, SIGNUPS_PER_IP } from "@/lib/data/newsletter";
import { db } from "@/lib/db";
import { type AppLocale, locales } from "@/lib/i18n/locales";
import { createMailer } from "@/lib/mail/mailer";
import { subscriberToken } from "@/lib/newsletter/links";
import { purgeUnconfirmed, startNewsletterWorker } from "@/lib/newsletter/worker";
import type { FormState } from "@/lib/validation/form";
import type { IssueInput } from "@/lib/validation/newsletter";
import { connectSql, type Sql } from "../support/integration";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";
import { createViewer } from "../support/viewers";

// The newsletter end to end below the browser: sign-up with double opt-in through the real
// server actions (only Next's request context is simulated: the client's IP and `after`), the
// signed preference and RFC 8058 one-click links, the administrators' export and erasure, and
// sending an issue to 1,000 subscribers through real SMTP from a separate worker process that is
// killed halfway, then through an SMTP server that defers a fifth of the messages.

const run = Math.random().toString(36).slice(2, 8);
const SECRET = "newsletter-test-secret-0123456789abcdef";
const SITE = "http://portal.test";
let sql: Sql;
let smtp: TestSmtpServer;
let editor: Viewer;
let admin: Viewer;
let member: Viewer;
let actions: typeof import("@/app/[locale]/(public)/newsletter/actions");
let oneClick: typeof import("@/app/api/newsletter/unsubscribe/route");
const issues: string[] = [];

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function signUp(
  email: string,
  language: AppLocale,
  page: AppLocale = language,
  extra: Record<string, string> = {},
): Promise<FormState> {
  const state = await actions.subscribeAction(
    { status: "idle" },
    form({ email, language, locale: page, consent: "on", ...extra }),
  );
  await Promise.all(request.after.splice(0));
  return state;
}

function recipient(mail: ParsedMail): string {
  return (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address ?? "";
}

function header(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, "");
}

const mailTo = (address: string) => smtp.messages.filter((m) => recipient(m) === address);

beforeAll(async () => {
  smtp = await startSmtpServer();
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("SITE_URL", SITE);
  vi.stubEnv("AUTH_SECRET", SECRET);
  delete (globalThis as { mailer?: unknown }).mailer;
  actions = await import("@/app/[locale]/(public)/newsletter/actions");
  oneClick = await import("@/app/api/newsletter/unsubscribe/route");
  sql = await connectSql();
  editor = await createViewer(db, "EDITOR");
  admin = await createViewer(db, "ADMIN");
  member = await createViewer(db, "MEMBER");
});

afterAll(async () => {
  await db.newsletterIssue.deleteMany({ where: { id: { in: issues } } });
  await db.newsletterSubscriber.deleteMany({ where: { email: { contains: `-${run}` } } });
  await sql.rows(`DELETE FROM rate_limits WHERE key LIKE 'newsletter-%'`);
  await db.auditLog.deleteMany({ where: { userId: { in: [editor.id, admin.id, member.id] } } });
  await db.user.deleteMany({ where: { id: { in: [editor.id, admin.id, member.id] } } });
  await sql.end();
  (globalThis as { mailer?: { close(): void } }).mailer?.close();
  delete (globalThis as { mailer?: unknown }).mailer;
  await smtp.stop();
  vi.unstubAllEnvs();
});

describe("signing up", () => {
  it("records the consent, stores only the token's digest and e-mails the link in the chosen language", async () => {
    const email = `hanna-${run}@example.org`;
    const state = await signUp(email, "de", "de");
    expect(state.status).toBe("ok");
    expect(state.message).toBe((await import("@/messages/de.json")).default.Newsletter.form.sent);
    const row = await db.newsletterSubscriber.findUniqueOrThrow({ where: { email } });
    expect(row).toMatchObject({ status: "PENDING", locale: "de", consentVersion: expect.any(String) });
    expect(row.consentAt).toBeInstanceOf(Date);
    const mail = await smtp.waitFor((m) => recipient(m) === email);
    expect(mail.subject).toMatch(/Newsletter/);
    expect(mail.html).toContain('lang="de"');
    const token = /newsletter\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mail.text ?? "")?.[1];
    expect(token).toBeTruthy();
    expect(row.confirmTokenHash).toBe(createHash("sha256").update(token!).digest("hex"));
    expect(row.confirmTokenExpiresAt!.getTime() - row.consentAt!.getTime()).toBe(7 * 24 * 3600 * 1000);
    expect(header(mail, "List-Unsubscribe")).toContain(`/api/newsletter/unsubscribe?s=${row.id}`);
    expect(header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");

    // Confirming needs the button on the page: the link alone changes nothing.
    expect((await db.newsletterSubscriber.findUniqueOrThrow({ where: { email } })).status).toBe("PENDING");
    const confirmed = await actions.confirmAction({ status: "idle" }, form({ token: token!, locale: "de" }));
    expect(confirmed.status).toBe("ok");
    const after = await db.newsletterSubscriber.findUniqueOrThrow({ where: { email } });
    expect(after).toMatchObject({ status: "CONFIRMED", confirmTokenHash: null });
    expect(after.confirmedAt).toBeInstanceOf(Date);
    // Single use.
    expect((await actions.confirmAction({ status: "idle" }, form({ token: token!, locale: "de" }))).status).toBe(
      "error",
    );
  });

  it("answers the same for a known address and sends nothing new unless it is still unconfirmed", async () => {
    const known = `hanna-${run}@example.org`;
    const fresh = `jan-${run}@example.org`;
    const first = await signUp(fresh, "pl");
    const again = await signUp(known, "de", "pl");
    expect(again).toEqual({ ...first, values: again.values });
    expect(mailTo(known)).toHaveLength(1); // only the first confirmation, before it was confirmed
    // Still pending: asking again sends a new link, in the language asked for now.
    await signUp(fresh, "en");
    await smtp.waitFor((m) => recipient(m) === fresh && String(m.html).includes('lang="en"'));
    expect(mailTo(fresh)).toHaveLength(2);
    // The first link is void once a new one is sent.
    const firstToken = /token=([A-Za-z0-9_-]+)/.exec(mailTo(fresh)[0]!.text ?? "")![1]!;
    expect((await actions.confirmAction({ status: "idle" }, form({ token: firstToken, locale: "pl" }))).status).toBe(
      "error",
    );
  });

  it("refuses an expired link", async () => {
    const email = `late-${run}@example.org`;
    await signUp(email, "fr");
    const token = /token=([A-Za-z0-9_-]+)/.exec((await smtp.waitFor((m) => recipient(m) === email)).text ?? "")![1]!;
    await sql.rows(
      `UPDATE "NewsletterSubscriber" SET "confirmTokenExpiresAt" = now() - interval '1 minute' WHERE email = $1`,
      [email],
    );
    const state = await actions.confirmAction({ status: "idle" }, form({ token, locale: "fr" }));
    expect(state).toMatchObject({ status: "error" });
    expect((await db.newsletterSubscriber.findUniqueOrThrow({ where: { email } })).status).toBe("PENDING");
  });

  it("explains bad input in the page's language and keeps what was typed", async () => {
    const state = await actions.subscribeAction(
      { status: "idle" },
      form({ email: "not-an-address", language: "ru", locale: "fr" }),
    );
    expect(state.status).toBe("error");
    expect(state.errors?.email).toBeTruthy();
    expect(state.errors?.consent).toBeTruthy();
    expect(state.values).toMatchObject({ email: "not-an-address", language: "ru" });
    const fr = (await import("@/messages/fr.json")).default;
    expect(state.errors?.email).toBe(fr.Validation.email);
    expect(await db.newsletterSubscriber.count({ where: { email: "not-an-address" } })).toBe(0);
  });

  it("limits sign-ups per address and per IP, for known and unknown addresses alike", async () => {
    request.ip = "192.0.2.50";
    const email = `busy-${run}@example.org`;
    for (let i = 0; i < SIGNUPS_PER_ADDRESS; i += 1) expect((await signUp(email, "pl")).status).toBe("ok");
    const limited = await signUp(email, "pl");
    expect(limited.status).toBe("error");
    expect(limited.message).toMatch(/Spróbuj ponownie/);
    expect(limited.values?.email).toBe(email);

    request.ip = "192.0.2.51";
    for (let i = 0; i < SIGNUPS_PER_IP; i += 1)
      expect((await signUp(`ip${i}-${run}@example.org`, "en")).status).toBe("ok");
    expect((await signUp(`ip-last-${run}@example.org`, "en")).status).toBe("error");
    expect(await db.newsletterSubscriber.count({ where: { email: `ip-last-${run}@example.org` } })).toBe(0);
    request.ip = "192.0.2.1";
  });

  it("deletes addresses never confirmed 30 days after their link expired", async () => {
    const day = 24 * 3600 * 1000;
    const old = await db.newsletterSubscriber.create({
      data: { email: `stale-${run}@example.org`, confirmTokenExpiresAt: new Date(Date.now() - 31 * day) },
    });
    const recent = await db.newsletterSubscriber.create({
      data: { email: `recent-${run}@example.org`, confirmTokenExpiresAt: new Date(Date.now() - 29 * day) },
    });
    const formerly = await db.newsletterSubscriber.create({
      data: {
        email: `formerly-${run}@example.org`,
        unsubscribedAt: new Date(Date.now() - 60 * day),
        confirmTokenExpiresAt: new Date(Date.now() - 31 * day),
      },
    });
    expect(await purgeUnconfirmed(db)).toBe(1);
    // Someone who had left and signed up again without confirming goes back to the record of leaving.
    expect(await db.newsletterSubscriber.findUnique({ where: { id: formerly.id } })).toMatchObject({
      status: "UNSUBSCRIBED",
    });
    expect(await db.newsletterSubscriber.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.newsletterSubscriber.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });

  it("takes bots at their word without storing anything", async () => {
    const email = `bot-${run}@example.org`;
    expect((await signUp(email, "pl", "pl", { website: "http://spam.example" })).status).toBe("ok");
    expect(await db.newsletterSubscriber.count({ where: { email } })).toBe(0);
  });
});

describe("a subscriber's own links", () => {
  async function confirmedSubscriber(email: string, locale: AppLocale) {
    return db.newsletterSubscriber.create({
      data: { email, locale, status: "CONFIRMED", consentAt: new Date(), confirmedAt: new Date() },
    });
  }

  it("changes the language and unsubscribes only with a valid signature", async () => {
    const s = await confirmedSubscriber(`links-${run}@example.org`, "pl");
    const t = subscriberToken(SECRET, s.id);
    const forged = subscriberToken("another-secret-0123456789abcdef0123", s.id);
    expect(
      (
        await actions.changeLanguageAction(
          { status: "idle" },
          form({ s: s.id, t: forged, language: "ru", locale: "pl" }),
        )
      ).status,
    ).toBe("error");
    expect(
      (await actions.changeLanguageAction({ status: "idle" }, form({ s: s.id, t, language: "ru", locale: "pl" })))
        .status,
    ).toBe("ok");
    expect((await db.newsletterSubscriber.findUniqueOrThrow({ where: { id: s.id } })).locale).toBe("ru");
    expect(
      (await actions.unsubscribeAction({ status: "idle" }, form({ s: s.id, t: forged, locale: "ru" }))).status,
    ).toBe("error");
    expect((await actions.unsubscribeAction({ status: "idle" }, form({ s: s.id, t, locale: "ru" }))).status).toBe("ok");
    expect((await db.newsletterSubscriber.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("UNSUBSCRIBED");
  });

  it("unsubscribes on a one-click POST (RFC 8058) but never on a GET", async () => {
    const s = await confirmedSubscriber(`oneclick-${run}@example.org`, "en");
    const url = `${SITE}/api/newsletter/unsubscribe?s=${s.id}&t=${subscriberToken(SECRET, s.id)}`;
    const get = await oneClick.GET(new NextRequest(url));
    expect(get.status).toBe(303);
    expect(get.headers.get("location")).toBe(
      `${SITE}/en/newsletter/preferences?s=${s.id}&t=${subscriberToken(SECRET, s.id)}&leave=1`,
    );
    expect((await db.newsletterSubscriber.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("CONFIRMED");

    const wrong = await oneClick.POST(
      new NextRequest(`${SITE}/api/newsletter/unsubscribe?s=${s.id}&t=${"x".repeat(43)}`, {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
      }),
    );
    expect(wrong.status).toBe(404);
    const post = await oneClick.POST(
      new NextRequest(url, {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
    );
    expect(post.status).toBe(200);
    const row = await db.newsletterSubscriber.findUniqueOrThrow({ where: { id: s.id } });
    expect(row.status).toBe("UNSUBSCRIBED");
    expect(row.unsubscribedAt).toBeInstanceOf(Date);
  });
});

describe("administrators and subscriber data", () => {
  it("exports subscribers as CSV for administrators only", async () => {
    await expect(subscribersCsv(editor)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(subscribersCsv(null)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listSubscribers(editor, { page: 1 })).rejects.toBeInstanceOf(AuthorizationError);
    await db.newsletterSubscriber.create({
      data: {
        email: `=cmd-${run}@example.org`,
        status: "CONFIRMED",
        consentAt: new Date(),
        consentVersion: "2026-11-27",
      },
    });
    const csv = await subscribersCsv(admin);
    // A byte-order mark first, so Excel reads UTF-8.
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("email,locale,status,consentAt,consentVersion,confirmedAt,unsubscribedAt,createdAt");
    expect(lines).toHaveLength((await db.newsletterSubscriber.count()) + 1);
    // A cell a spreadsheet would run as a formula is defused.
    expect(csv).toContain(`'=cmd-${run}@example.org,pl,CONFIRMED,`);
    expect(csv).toContain(`hanna-${run}@example.org,de,CONFIRMED,`);
  });

  it("erases a subscriber completely: row, deliveries and sign-up counter", async () => {
    const email = `erase-${run}@example.org`;
    await signUp(email, "pl");
    const s = await db.newsletterSubscriber.findUniqueOrThrow({ where: { email } });
    const issue = await db.newsletterIssue.create({ data: {} });
    issues.push(issue.id);
    await db.newsletterDelivery.create({ data: { issueId: issue.id, subscriberId: s.id, status: "SENT" } });
    await expect(eraseSubscriber(editor, s.id)).rejects.toBeInstanceOf(AuthorizationError);
    expect(await eraseSubscriber(admin, s.id)).toBe(true);
    expect(await db.newsletterSubscriber.count({ where: { email } })).toBe(0);
    expect(await db.newsletterDelivery.count({ where: { subscriberId: s.id } })).toBe(0);
    expect(await sql.rows(`SELECT key FROM rate_limits WHERE key LIKE $1`, [`%${email}`])).toEqual([]);
    const audit = await sql.rows<{ data: unknown }>(
      `SELECT data FROM "AuditLog" WHERE action = 'newsletter.erase' AND "entityId" = $1`,
      [s.id],
    );
    expect(JSON.stringify(audit)).not.toContain(email);
  });

  it("lets only editors compose and send", async () => {
    for (const who of [null, member]) {
      await expect(createIssue(who)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(newsletterOverview(who)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(startSending(who, "x", 1)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(retryFailed(who, "x")).rejects.toBeInstanceOf(AuthorizationError);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Sending

const PER_LOCALE = 160; // confirmed subscribers per language: 800 of 1,000
const EXTRA = 100; // pending and as many unsubscribed

async function bulkSubscribers() {
  const rows: string[] = [];
  const add = (locale: AppLocale, status: string) =>
    rows.push(
      `('bulk-${rows.length}-${run}', 'bulk-${rows.length}-${run}@example.org', '${locale}', '${status}', now())`,
    );
  for (const locale of locales) for (let i = 0; i < PER_LOCALE; i += 1) add(locale, "CONFIRMED");
  for (let i = 0; i < EXTRA; i += 1) add("en", "PENDING");
  for (let i = 0; i < EXTRA; i += 1) add("de", "UNSUBSCRIBED");
  await sql.rows(
    `INSERT INTO "NewsletterSubscriber" (id, email, locale, status, "updatedAt") VALUES ${rows.join(",")}`,
  );
}

async function composedIssue(
  label: string,
): Promise<{ id: string; version: number; subjects: Record<AppLocale, string> }> {
  const id = await createIssue(editor);
  issues.push(id);
  // The real OKIP article (five languages) and a post published in Polish only.
  const [full] = await sql.rows<{ id: string }>(
    `SELECT p.id FROM "Post" p WHERE p.status = 'PUBLISHED' AND p."publishedAt" <= now()
       AND (SELECT count(*) FROM "PostTranslation" t WHERE t."postId" = p.id AND t.status = 'PUBLISHED') = 5
     ORDER BY p."publishedAt" DESC LIMIT 1`,
  );
  const [polishOnly] = await sql.rows<{ id: string }>(
    `SELECT p.id FROM "Post" p WHERE p.status = 'PUBLISHED' AND p."publishedAt" <= now()
       AND NOT EXISTS (SELECT 1 FROM "PostTranslation" t WHERE t."postId" = p.id AND t.status = 'PUBLISHED' AND t.locale <> 'pl')
       AND EXISTS (SELECT 1 FROM "PostTranslation" t WHERE t."postId" = p.id AND t.status = 'PUBLISHED' AND t.locale = 'pl')
     ORDER BY p."publishedAt" DESC LIMIT 1`,
  );
  expect(full && polishOnly).toBeTruthy();
  const subjects = {
    pl: `Wydanie ${label} ${run}`,
    en: `Issue ${label} ${run}`,
    de: `Ausgabe ${label} ${run}`,
    fr: "",
    ru: `Выпуск ${label} ${run}`,
  } as Record<AppLocale, string>;
  const input: IssueInput = {
    id,
    version: 1,
    posts: [full!.id, polishOnly!.id],
    texts: Object.fromEntries(
      locales.map((l) => [l, { subject: subjects[l], intro: subjects[l] ? `Intro ${l}\n\nSecond paragraph` : "" }]),
    ) as IssueInput["texts"],
  };
  const saved = await saveIssue(editor, input);
  expect(saved).toEqual({ ok: true, version: 2 });
  // French has no text of its own: the Polish subject goes out.
  return { id, version: 2, subjects: { ...subjects, fr: subjects.pl } };
}

function workerProcess(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: {
      ...process.env,
      SMTP_URL: smtp.url,
      SITE_URL: SITE,
      AUTH_SECRET: SECRET,
      NEWSLETTER_RATE: "2000",
      NEWSLETTER_LEASE_MS: "1000",
      NEWSLETTER_POLL_MS: "100",
      NEWSLETTER_RETRY_BASE_MS: "50",
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  return child;
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const issueSent = (id: string) => async () =>
  (await db.newsletterIssue.findUniqueOrThrow({ where: { id } })).status === "SENT";

function expectExactlyOnce(
  messages: ParsedMail[],
  confirmed: { id: string; email: string; locale: AppLocale }[],
  subjects: Record<AppLocale, string>,
) {
  const byAddress = new Map<string, ParsedMail[]>();
  for (const m of messages) byAddress.set(recipient(m), [...(byAddress.get(recipient(m)) ?? []), m]);
  const duplicates = [...byAddress].filter(([, list]) => list.length > 1).map(([address]) => address);
  expect(duplicates).toEqual([]);
  const missing = confirmed.filter((s) => !byAddress.has(s.email)).map((s) => s.email);
  expect(missing).toEqual([]);
  expect(byAddress.size).toBe(confirmed.length);
  for (const s of confirmed) {
    const mail = byAddress.get(s.email)![0]!;
    expect(mail.subject).toBe(subjects[s.locale]);
    expect(String(mail.html)).toContain(`<html lang="${s.locale}"`);
    expect(header(mail, "List-Unsubscribe")).toBe(
      `<${SITE}/api/newsletter/unsubscribe?s=${s.id}&t=${subscriberToken(SECRET, s.id)}>`,
    );
    expect(header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
  }
}

describe("sending an issue", () => {
  let confirmed: { id: string; email: string; locale: AppLocale }[];

  beforeAll(async () => {
    await bulkSubscribers();
    confirmed = (
      await db.newsletterSubscriber.findMany({
        where: { status: "CONFIRMED" },
        select: { id: true, email: true, locale: true },
      })
    ).map((s) => ({ ...s, locale: s.locale as AppLocale }));
    // The bulk set plus the few confirmed above.
    expect(confirmed.length).toBeGreaterThanOrEqual(PER_LOCALE * locales.length);
  });

  it("previews each language and sends a test to the editor only", async () => {
    const issue = await composedIssue("preview");
    const en = await renderIssuePreview(editor, issue.id, "en");
    expect(en?.subject).toBe(issue.subjects.en);
    expect(en?.html).toContain("Intro en");
    // The Polish-only post appears in Polish with a one-line note in English.
    expect(en?.html).toContain("This article is available in Polish only.");
    expect(en?.html).toMatch(/<h2 lang="pl"/);
    const fr = await renderIssuePreview(editor, issue.id, "fr");
    expect(fr?.subject).toBe(issue.subjects.pl);
    expect(await sendTestIssue(editor, issue.id, "ru")).toBe(true);
    const test = await smtp.waitFor((m) => recipient(m) === editor.email);
    expect(test.subject).toBe(`[Test] ${issue.subjects.ru}`);
    expect(await db.newsletterDelivery.count({ where: { issueId: issue.id } })).toBe(0);
    // Images go by absolute URL and the layout is a 600 px column.
    expect(en?.html).toContain('width="600"');
    for (const src of en!.html.matchAll(/<img[^>]+src="([^"]+)"/g))
      expect(src[1]).toMatch(/^http:\/\/portal\.test\/media\//);
    expect(en?.text).toContain("Intro en");
  });

  it("reaches every confirmed subscriber exactly once in their language, with the worker killed halfway", async () => {
    const issue = await composedIssue("crash");
    const sending = await startSending(editor, issue.id, issue.version);
    expect(sending).toEqual({ ok: true, queued: confirmed.length });
    // Sending twice queues nothing more.
    expect(await startSending(editor, issue.id, issue.version + 1)).toEqual({ ok: false, error: "notDraft" });

    const mine = (m: ParsedMail) => Object.values(issue.subjects).includes(m.subject ?? "");
    const before = smtp.messages.length;
    // A long lease, so the test can tell the message in hand (held for it) from the rest.
    let worker = workerProcess({ NEWSLETTER_LEASE_MS: "12000" });
    const killedAt = Math.floor(confirmed.length / 2);
    // The worker dies while the server holds its 400th message, before answering it.
    await new Promise<void>((resolve) => {
      let arrived = 0;
      smtp.intercept((mail) => {
        if (!mine(mail)) return false;
        arrived += 1;
        if (arrived < killedAt) return false;
        worker.kill("SIGKILL");
        smtp.intercept(null);
        resolve();
        return true;
      });
    });
    await new Promise((resolve) => worker.once("exit", resolve));
    const halfway = await db.newsletterDelivery.groupBy({
      by: ["status"],
      where: { issueId: issue.id },
      _count: { _all: true },
    });
    const count = (status: string) => halfway.find((g) => g.status === status)?._count._all ?? 0;
    expect(count("SENT")).toBe(killedAt - 1);
    expect(count("SENDING")).toBeGreaterThanOrEqual(1); // the message in hand and the rest of its lease
    expect(count("SENT") + count("SENDING") + count("PENDING")).toBe(confirmed.length);
    // Only the message in hand counts as an attempt; the rest of the lease was never tried.
    const held = await db.newsletterDelivery.findMany({
      where: { issueId: issue.id, status: "SENDING" },
      select: { attempts: true },
    });
    expect(held.filter((row) => row.attempts === 1)).toHaveLength(1);
    expect(held.filter((row) => row.attempts === 0)).toHaveLength(held.length - 1);

    // A new worker takes over: what was never tried at once (within seconds, not the 12 s lease),
    // the message in hand once its lease runs out.
    const restartedAt = Date.now();
    worker = workerProcess({});
    try {
      await until(
        async () =>
          (await db.newsletterDelivery.count({ where: { issueId: issue.id, status: "SENT" } })) ===
          confirmed.length - 1,
        9_000,
        "every message but the one in hand to be sent",
      );
      expect(Date.now() - restartedAt).toBeLessThan(11_000);
      await until(issueSent(issue.id), 60_000, "the issue to be sent");
    } finally {
      worker.kill("SIGTERM");
      await new Promise((resolve) => worker.once("exit", resolve));
    }
    expectExactlyOnce(smtp.messages.slice(before).filter(mine), confirmed, issue.subjects);
    const after = await db.newsletterDelivery.groupBy({
      by: ["status"],
      where: { issueId: issue.id },
      _count: { _all: true },
    });
    expect(after).toEqual([{ status: "SENT", _count: { _all: confirmed.length } }]);

    // The database itself refuses a second delivery of the issue to anyone.
    await expect(
      sql.rows(
        `INSERT INTO "NewsletterDelivery" (id, "issueId", "subscriberId", "updatedAt") VALUES ('dup-${run}', $1, $2, now())`,
        [issue.id, confirmed[0]!.id],
      ),
    ).rejects.toThrow(/duplicate key value violates unique constraint "NewsletterDelivery_issueId_subscriberId_key"/);
  }, 120_000);

  it("delivers everything through an SMTP server that defers a fifth of the messages, and reports permanent failures", async () => {
    const issue = await composedIssue("retry");
    expect(await startSending(editor, issue.id, issue.version)).toMatchObject({ ok: true, queued: confirmed.length });
    // Someone leaves after the issue was queued: skipped, not sent.
    const leaver = confirmed[1]!;
    await db.newsletterSubscriber.update({ where: { id: leaver.id }, data: { status: "UNSUBSCRIBED" } });
    const bounced = confirmed.slice(2, 4);
    const delivered = confirmed.filter((s) => s !== leaver && !bounced.includes(s));
    const mine = (m: ParsedMail) => Object.values(issue.subjects).includes(m.subject ?? "");
    const before = smtp.messages.length;
    const rejectedBefore = smtp.rejected.length;
    smtp.reject(0.2);
    smtp.refuse(bounced.map((s) => s.email));
    const mailer = createMailer({
      from: "OKIP <newsletter@portal.test>",
      smtpUrl: smtp.url,
      outboxDir: "unused",
      maxConnections: 1,
    });
    const worker = startNewsletterWorker({
      db,
      mailer,
      siteUrl: SITE,
      secret: SECRET,
      ratePerSecond: 2000,
      leaseMs: 5000,
      retryBaseMs: 20,
      maxAttempts: 10,
      pollMs: 50,
    });
    try {
      await until(issueSent(issue.id), 60_000, "the issue to be sent");
    } finally {
      await worker.stop();
      mailer.close();
      smtp.reject(0);
      smtp.refuse([]);
    }
    const deferred = smtp.rejected.slice(rejectedBefore).filter(mine);
    expect(deferred.length).toBeGreaterThan(delivered.length * 0.15);
    expectExactlyOnce(smtp.messages.slice(before).filter(mine), delivered, issue.subjects);

    const data = await getIssueForEditor(admin, issue.id);
    expect(data?.progress).toMatchObject({
      SENT: delivered.length,
      FAILED: 2,
      SKIPPED: 1,
      PENDING: 0,
      SENDING: 0,
      total: confirmed.length,
    });
    expect(data?.failed.map((f) => f.email).sort()).toEqual(bounced.map((s) => s.email).sort());
    expect(data?.failed[0]?.reason).toMatch(/550/);
    // Editors see the failures, not whole subscriber addresses.
    const forEditor = await getIssueForEditor(editor, issue.id);
    expect(forEditor?.failed.map((f) => f.email).sort()).toEqual(
      bounced.map((s) => `${s.email[0]}…@${s.email.split("@")[1]}`).sort(),
    );
    // Each deferral shows as an extra attempt on a message that was then delivered.
    const [row] = await sql.rows<{ extra: number }>(
      `SELECT coalesce(sum(attempts - 1), 0)::int AS extra FROM "NewsletterDelivery" WHERE "issueId" = $1 AND status = 'SENT'`,
      [issue.id],
    );
    expect(row?.extra).toBe(deferred.filter((m) => delivered.some((s) => s.email === recipient(m))).length);

    // The editor puts the failed ones back in the queue.
    expect(await retryFailed(editor, issue.id)).toBe(2);
    expect((await db.newsletterIssue.findUniqueOrThrow({ where: { id: issue.id } })).status).toBe("SENDING");
    await db.newsletterDelivery.deleteMany({ where: { issueId: issue.id, status: "PENDING" } });
  }, 120_000);

  it("never lets two workers send the same message, even when the SMTP server outlasts their leases", async () => {
    // 40 subscribers of a small issue, three workers, and a server so slow that a worker's batch
    // takes far longer than its lease (300 ms; one message, 60 ms, fits in it): leases run out while
    // rows wait their turn and pass to other workers, which must take over, not duplicate.
    // Past the few the previous test unsubscribed or bounced.
    const few = confirmed.slice(10, 50);
    const issue = await composedIssue("slow");
    await sql.rows(`UPDATE "NewsletterIssue" SET status = 'SENDING' WHERE id = $1`, [issue.id]);
    await sql.rows(
      `INSERT INTO "NewsletterDelivery" (id, "issueId", "subscriberId", "nextAttemptAt", "updatedAt")
       SELECT 'slow-' || s.id, $1, s.id, now() AT TIME ZONE 'UTC', now() FROM unnest($2::text[]) AS s(id)`,
      [issue.id, few.map((s) => s.id)],
    );
    const mine = (m: ParsedMail) => Object.values(issue.subjects).includes(m.subject ?? "");
    const before = smtp.messages.length;
    smtp.slow(60);
    const mailers = [0, 1, 2].map(() =>
      createMailer({
        from: "OKIP <newsletter@portal.test>",
        smtpUrl: smtp.url,
        outboxDir: "unused",
        maxConnections: 1,
      }),
    );
    // Which worker sent what: the leases must really have passed between them.
    const sentBy = mailers.map((mailer) => {
      const list: string[] = [];
      const send = mailer.send.bind(mailer);
      mailer.send = async (message) => {
        list.push(message.to);
        return send(message);
      };
      return list;
    });
    const workers = mailers.map((mailer) =>
      startNewsletterWorker({
        db,
        mailer,
        siteUrl: SITE,
        secret: SECRET,
        ratePerSecond: 1000,
        leaseMs: 300,
        retryBaseMs: 20,
        maxAttempts: 50,
        pollMs: 30,
      }),
    );
    try {
      await until(issueSent(issue.id), 60_000, "the issue to be sent");
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
      for (const mailer of mailers) mailer.close();
      smtp.slow(0);
    }
    expect(sentBy.filter((list) => list.length > 0).length).toBeGreaterThan(1);
    expectExactlyOnce(smtp.messages.slice(before).filter(mine), few, issue.subjects);
  }, 120_000);
});
