import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/mail/layout";
import { listOutbox, readOutboxMessage } from "@/lib/mail/outbox";
import { createMailer, type Mailer } from "@/lib/mail/transport";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";

const from = "OKIP Test <no-reply@okip.test>";

function invitation(to: string, subject: string) {
  const { html, text } = renderEmail({
    locale: "pl",
    heading: "Zaproszenie do panelu",
    paragraphs: ["Zostałeś zaproszony <do> panelu OKIP."],
    action: { label: "Ustaw hasło", url: "https://portal.example/pl/invite?token=abc" },
    footer: "Ogólnopolski Klaster",
  });
  return { to, subject, html, text };
}

describe("sending over SMTP", () => {
  let server: TestSmtpServer;
  let mailer: Mailer;

  beforeAll(async () => {
    server = await startSmtpServer();
    mailer = createMailer({ from, smtpUrl: server.url, outboxDir: "unused" });
  });

  afterAll(async () => {
    mailer.close();
    await server.stop();
  });

  it("delivers subject, recipient, sender, both parts and extra headers", async () => {
    const sent = await mailer.send({
      ...invitation("Anna Nowak <anna@example.org>", "Zaproszenie — OKIP"),
      headers: { "X-Okip-Kind": "invitation" },
    });
    expect(sent.messageId).toMatch(/^<.+@.+>$/);
    expect(sent.outboxFile).toBeUndefined();

    const mail = await server.waitFor((m) => m.messageId === sent.messageId);
    expect(mail.subject).toBe("Zaproszenie — OKIP");
    expect(mail.to).toMatchObject({ value: [{ address: "anna@example.org", name: "Anna Nowak" }] });
    expect(mail.from?.value[0]?.address).toBe("no-reply@okip.test");
    expect(mail.headers.get("x-okip-kind")).toBe("invitation");
    expect(mail.html).toContain('<html lang="pl"');
    expect(mail.html).toContain("Zostałeś zaproszony &lt;do&gt; panelu OKIP.");
    expect(mail.html).toContain('href="https://portal.example/pl/invite?token=abc"');
    expect(mail.text).toContain("Ustaw hasło:\nhttps://portal.example/pl/invite?token=abc");
  });

  it("sends several messages at once through the pool", async () => {
    const recipients = ["a@example.org", "b@example.org", "c@example.org"];
    await Promise.all(recipients.map((to) => mailer.send(invitation(to, `Pool ${to}`))));
    for (const to of recipients) await server.waitFor((m) => m.subject === `Pool ${to}`);
  });

  it("surfaces a temporary 451 from the server and accepts again afterwards", async () => {
    server.reject(1);
    const failure = await mailer.send(invitation("later@example.org", "Deferred")).catch((error: unknown) => error);
    expect(failure).toMatchObject({ responseCode: 451 });
    expect(server.rejected.map((m) => m.subject)).toContain("Deferred");
    expect(server.messages.map((m) => m.subject)).not.toContain("Deferred");

    server.reject(0.5);
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map((n) => mailer.send(invitation(`half${n}@example.org`, `Half ${n}`))),
    );
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(2);

    server.reject(0);
    await mailer.send(invitation("now@example.org", "Accepted"));
    await server.waitFor((m) => m.subject === "Accepted");
  });

  it("times out waiting for a message that never comes", async () => {
    await expect(server.waitFor((m) => m.subject === "never", 50)).rejects.toThrow(/No matching message/);
  });
});

describe("the outbox (no SMTP_URL)", () => {
  let dir: string;
  let mailer: Mailer;

  beforeAll(async () => {
    dir = path.join(await mkdtemp(path.join(tmpdir(), "okip-outbox-")), "nested", "outbox");
    mailer = createMailer({ from, outboxDir: dir });
  });

  afterAll(async () => {
    await rm(path.dirname(path.dirname(dir)), { recursive: true, force: true });
  });

  it("writes a parseable .eml file named by time", async () => {
    const sent = await mailer.send(invitation("ewa@example.org", "Reset hasła"));
    expect(sent.outboxFile).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z-[0-9a-f]{12}\.eml$/);

    const raw = await readFile(path.join(dir, sent.outboxFile!));
    expect(raw.includes("\r\n")).toBe(true);
    const mail = await simpleParser(raw);
    expect(mail.messageId).toBe(sent.messageId);
    expect(mail.subject).toBe("Reset hasła");
    expect(mail.from?.text).toContain("no-reply@okip.test");
    expect(mail.html).toContain("Ustaw hasło");
    expect(mail.text).toContain("https://portal.example/pl/invite?token=abc");
  });

  it("lists messages newest first and reads one back", async () => {
    // File names carry milliseconds: a short pause keeps the expected order certain.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
    await pause();
    await mailer.send(invitation("first@example.org", "Pierwsza"));
    await pause();
    const last = await mailer.send(invitation("Jan Kowalski <second@example.org>", "Druga"));

    const list = await listOutbox(50, dir);
    expect(list.map((entry) => entry.subject)).toEqual(["Druga", "Pierwsza", "Reset hasła"]);
    expect(list[0]).toMatchObject({ file: last.outboxFile, to: '"Jan Kowalski" <second@example.org>' });
    expect(list[0]!.size).toBeGreaterThan(500);
    expect(Date.parse(list[0]!.date)).not.toBeNaN();
    expect(await listOutbox(1, dir)).toHaveLength(1);

    const message = await readOutboxMessage(last.outboxFile!, dir);
    expect(message).toMatchObject({ to: '"Jan Kowalski" <second@example.org>', subject: "Druga" });
    expect(message!.html).toContain("Zostałeś zaproszony &lt;do&gt; panelu OKIP.");
    expect(message!.text).toContain("Ustaw hasło:");
  });

  it("ignores files that are not messages and an outbox that does not exist yet", async () => {
    await writeFile(path.join(dir, "notes.txt"), "not mail");
    expect((await listOutbox(50, dir)).every((entry) => entry.file.endsWith(".eml"))).toBe(true);
    expect(await listOutbox(50, path.join(dir, "missing"))).toEqual([]);
    expect(await readOutboxMessage("2000-01-01T00-00-00.000Z-000000000000.eml", dir)).toBeNull();
  });

  it.each([
    "../secret.eml",
    "..%2Fsecret.eml",
    "nested/../secret.eml",
    "/etc/passwd.eml",
    "..\\secret.eml",
    ".hidden.eml",
    "notes.txt",
    "secret.eml\0.txt",
    "",
  ])("refuses the file name %j", async (name) => {
    // A real message one level up: a traversal that slipped through would find it.
    await writeFile(path.join(dir, "..", "secret.eml"), "Subject: secret\r\n\r\nsecret");
    expect(await readOutboxMessage(name, dir)).toBeNull();
  });
});
