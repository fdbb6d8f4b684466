import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listClusterChoices, listUsers } from "@/lib/data/admin/users/queries";
import { verifyCredentials } from "@/lib/auth/credentials";
import { listAuditLog, listOutboxFor, readOutboxFor } from "@/lib/data/admin/audit/queries";
import { hashPassword } from "@/lib/auth/password";
import { ACCOUNT_MAX_FAILURES, IP_MAX_FAILURES } from "@/lib/auth/throttle";
import { findUsableToken, hashToken, setPasswordWithToken } from "@/lib/auth/tokens";
import { AuthorizationError, type Viewer } from "@/lib/auth/viewer";
import { inviteUser, requestPasswordReset, resendInvitation, setUserDisabled } from "@/lib/data/admin/users/save";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import type { ParsedMail } from "mailparser";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";
import { createViewer, removeFixtureUsers } from "../support/viewers";

// Sign-in, lockout, invitations and password resets against the real database, with e-mail
// going through a real SMTP server in this process.

let db: Db;
let smtp: TestSmtpServer;
let admin: Viewer;
let editor: Viewer;
let member: Viewer;
const PASSWORD = "correct horse battery staple";

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
  process.env.SITE_URL = "http://portal.test";
  delete (globalThis as { mailer?: unknown }).mailer;
  admin = await createViewer(db, "ADMIN");
  editor = await createViewer(db, "EDITOR");
  member = await createViewer(db, "MEMBER", (await db.cluster.findFirstOrThrow({ where: { slug: "pikmed" } })).id);
});

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { endsWith: "@auth-test.example" } } });
  await removeFixtureUsers(db);
  await db.$executeRawUnsafe(`DELETE FROM rate_limits`);
  await smtp.stop();
  await db.$disconnect();
});

function recipient(mail: ParsedMail): string | undefined {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address;
}

let counter = 0;
async function userWithPassword(overrides: { disabled?: boolean } = {}) {
  counter += 1;
  const email = `user${counter}-${Date.now()}@auth-test.example`;
  await db.user.create({
    data: {
      email,
      name: "Auth Test",
      role: "EDITOR",
      passwordHash: await hashPassword(PASSWORD),
      disabledAt: overrides.disabled ? new Date() : null,
    },
  });
  return email;
}

function ip(): string {
  counter += 1;
  return `198.51.100.${counter % 250}`;
}

describe("signing in", () => {
  it("accepts the right password and refuses a wrong one or an unknown address with the same answer", async () => {
    const email = await userWithPassword();
    const from = ip();
    expect(await verifyCredentials({ email: email.toUpperCase(), password: PASSWORD }, from)).toMatchObject({
      ok: true,
      user: { email, role: "EDITOR" },
    });
    expect(await verifyCredentials({ email, password: "wrong password" }, from)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await verifyCredentials({ email: `nobody${counter}@auth-test.example`, password: "x" }, from)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await verifyCredentials({ email: "not an e-mail", password: "x" }, from)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it(`locks an account for 15 minutes after ${ACCOUNT_MAX_FAILURES} wrong passwords, even for the right one`, async () => {
    const email = await userWithPassword();
    const from = ip();
    const results = [];
    for (let i = 0; i < ACCOUNT_MAX_FAILURES; i += 1)
      results.push(await verifyCredentials({ email, password: `wrong ${i}` }, from));
    expect(results.slice(0, -1).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    const last = results.at(-1)!;
    expect(last).toMatchObject({ ok: false, reason: "locked" });
    expect(!last.ok && last.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(await verifyCredentials({ email, password: PASSWORD }, ip())).toMatchObject({ ok: false, reason: "locked" });

    // Stored in PostgreSQL: once the lock's time has passed, the right password works again.
    const key = `signin-account:${email}`;
    // Five failures and the refused sixth attempt: each is counted before its password is checked.
    expect((await db.rateLimit.findUnique({ where: { key } }))?.points).toBe(ACCOUNT_MAX_FAILURES + 1);
    await db.rateLimit.update({ where: { key }, data: { expire: BigInt(Date.now() - 1000) } });
    expect(await verifyCredentials({ email, password: PASSWORD }, ip())).toMatchObject({ ok: true });
    expect(await db.rateLimit.findUnique({ where: { key } })).toBeNull();
  });

  it("locks an unknown address exactly like a known one (no way to tell which exist)", async () => {
    const email = `ghost${counter}-${Date.now()}@auth-test.example`;
    const results = [];
    for (let i = 0; i < ACCOUNT_MAX_FAILURES; i += 1)
      results.push((await verifyCredentials({ email, password: "x" }, ip())) as { reason: string });
    expect(results.map((r) => r.reason)).toEqual([...Array(ACCOUNT_MAX_FAILURES - 1).fill("invalid"), "locked"]);
  });

  it(`throttles an IP after ${IP_MAX_FAILURES} failures across different accounts`, async () => {
    const from = "203.0.113.77";
    for (let i = 0; i < IP_MAX_FAILURES; i += 1)
      await verifyCredentials({ email: `spray${i}-${Date.now()}@auth-test.example`, password: "x" }, from);
    const email = await userWithPassword();
    expect(await verifyCredentials({ email, password: PASSWORD }, from)).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(await verifyCredentials({ email, password: PASSWORD }, "203.0.113.78")).toMatchObject({ ok: true });
  });

  it("refuses a disabled account with the same answer as a wrong password", async () => {
    const email = await userWithPassword({ disabled: true });
    expect(await verifyCredentials({ email, password: PASSWORD }, ip())).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("user administration", () => {
  const calls: [string, (viewer: Viewer | null) => Promise<unknown>][] = [
    ["listUsers", (v) => listUsers(v)],
    ["listClusterChoices", (v) => listClusterChoices(v, "pl")],
    [
      "inviteUser",
      (v) =>
        inviteUser(v, { email: "refused@auth-test.example", name: "X", role: "ADMIN", clusterId: null, locale: "pl" }),
    ],
    ["resendInvitation", (v) => resendInvitation(v, admin.id)],
    ["setUserDisabled", (v) => setUserDisabled(v, admin.id, true)],
    ["listAuditLog", (v) => listAuditLog(v)],
    ["listOutboxFor", (v) => listOutboxFor(v)],
    ["readOutboxFor", (v) => readOutboxFor(v, "any.eml")],
  ];
  for (const [name, call] of calls) {
    it(`${name} refuses anonymous visitors, members and editors, changing nothing`, async () => {
      const before = await db.user.findMany({ orderBy: { id: "asc" } });
      const mails = smtp.messages.length;
      for (const viewer of [null, member, editor])
        await expect(call(viewer)).rejects.toBeInstanceOf(AuthorizationError);
      expect(await db.user.findMany({ orderBy: { id: "asc" } })).toEqual(before);
      expect(smtp.messages.length).toBe(mails);
    });
  }

  it("invites by e-mail: the link sets a password once, then the account signs in", async () => {
    const email = `invited-${Date.now()}@auth-test.example`;
    const result = await inviteUser(admin, {
      email,
      name: "Anna Invited",
      role: "EDITOR",
      clusterId: null,
      locale: "en",
    });
    expect(result.ok).toBe(true);
    const mail = await smtp.waitFor((m) => recipient(m) === email);
    expect(mail.subject).toBe("Your invitation to the OKIP portal admin");
    const link = /http:\/\/portal\.test\/en\/set-password\?token=([A-Za-z0-9_-]+)/.exec(mail.text ?? "");
    expect(link).not.toBeNull();
    const token = link![1]!;
    // Only the hash is stored.
    expect(await db.userToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await db.userToken.count({ where: { tokenHash: hashToken(token) } })).toBe(1);

    expect(await findUsableToken(token)).toMatchObject({ purpose: "INVITE", user: { email } });
    expect(await verifyCredentials({ email, password: PASSWORD }, ip())).toMatchObject({ ok: false });
    expect(await setPasswordWithToken(token, await hashPassword(PASSWORD))).not.toBeNull();
    expect(await verifyCredentials({ email, password: PASSWORD }, ip())).toMatchObject({ ok: true });
    // Single use.
    expect(await findUsableToken(token)).toBeNull();
    expect(await setPasswordWithToken(token, await hashPassword("another password 123"))).toBeNull();
    expect(await inviteUser(admin, { email, name: "Again", role: "EDITOR", clusterId: null, locale: "pl" })).toEqual({
      ok: false,
      error: "emailTaken",
    });
  });

  it("refuses an expired invitation", async () => {
    const email = `late-${Date.now()}@auth-test.example`;
    await inviteUser(admin, { email, name: "Late", role: "EDITOR", clusterId: null, locale: "pl" });
    const mail = await smtp.waitFor((m) => recipient(m) === email);
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text ?? "")![1]!;
    const row = await db.userToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(Math.abs(row.expiresAt.getTime() - row.createdAt.getTime() - 72 * 3600 * 1000)).toBeLessThan(5000);
    await db.userToken.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await setPasswordWithToken(token, await hashPassword(PASSWORD))).toBeNull();
  });

  it("sends a one-hour reset link only to a known, active address, at most three an hour", async () => {
    const email = await userWithPassword();
    const before = smtp.messages.length;
    await requestPasswordReset(`unknown-${Date.now()}@auth-test.example`, "pl");
    expect(smtp.messages.length).toBe(before);
    for (let i = 0; i < 4; i += 1) await requestPasswordReset(email, "de");
    const mail = await smtp.waitFor((m) => recipient(m) === email);
    expect(mail.html).toContain('lang="de"');
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages.filter((m) => recipient(m) === email)).toHaveLength(3);
    const token = /token=([A-Za-z0-9_-]+)/.exec(
      smtp.messages.filter((m) => recipient(m) === email).at(-1)!.text ?? "",
    )![1]!;
    const row = await db.userToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row.purpose).toBe("RESET");
    expect(Math.abs(row.expiresAt.getTime() - row.createdAt.getTime() - 3600 * 1000)).toBeLessThan(5000);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await setPasswordWithToken(token, await hashPassword("a brand new password"))).toEqual({ userId: user.id });
    // A new password ends every older session.
    expect((await db.user.findUniqueOrThrow({ where: { email } })).sessionVersion).toBe(user.sessionVersion + 1);
  });

  it("disables an account (ending its sessions) but never the admin's own", async () => {
    const target = await createViewer(db, "EDITOR");
    const before = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(await setUserDisabled(admin, admin.id, true)).toBe(false);
    expect(await setUserDisabled(admin, target.id, true)).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.disabledAt).not.toBeNull();
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await setUserDisabled(admin, target.id, false)).toBe(true);
    expect(
      await db.auditLog.count({ where: { entityId: target.id, action: { in: ["user.disable", "user.enable"] } } }),
    ).toBe(2);
  });
});

describe("hardening", () => {
  it("takes the client address from the one X-Forwarded-For entry the web server left", async () => {
    const { clientIp } = await import("@/lib/auth/credentials");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.3" }))).toBeNull();
    expect(clientIp(new Headers())).toBeNull();
  });

  it("disabling an account voids its open invitation and reset links", async () => {
    const email = `void-${Date.now()}@auth-test.example`;
    const invited = await inviteUser(admin, { email, name: "Void", role: "EDITOR", clusterId: null, locale: "pl" });
    if (!invited.ok) throw new Error(invited.error);
    expect(await db.userToken.count({ where: { userId: invited.userId, usedAt: null } })).toBe(1);
    expect(await setUserDisabled(admin, invited.userId, true)).toBe(true);
    expect(await db.userToken.count({ where: { userId: invited.userId } })).toBe(0);
  });
});
