import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { ACCOUNT_MAX_FAILURES } from "@/lib/auth/throttle";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

// The lockout holds against parallel guesses: every attempt is counted before its password is
// checked, so a burst cannot slip more checks past the limit than it allows.

const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password", async (original) => {
  const real = await original<typeof import("@/lib/auth/password")>();
  return {
    ...real,
    verifyPassword: async (...args: Parameters<typeof real.verifyPassword>) => {
      checks.count += 1;
      return real.verifyPassword(...args);
    },
  };
});

let db: Db;
const PASSWORD = "correct horse battery staple";
const stamp = Date.now().toString(36);

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
});

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { endsWith: "@lockout-test.example" } } });
  await db.$executeRawUnsafe(
    `DELETE FROM rate_limits WHERE key LIKE '%lockout-test.example' OR key LIKE 'signin-ip:%'`,
  );
  await db.$disconnect();
});

async function account(name: string): Promise<string> {
  const email = `${name}-${stamp}@lockout-test.example`;
  await db.user.create({ data: { email, name, role: "EDITOR", passwordHash: await hashPassword(PASSWORD) } });
  return email;
}

describe("a burst of wrong passwords for one account", () => {
  it(`checks at most ${ACCOUNT_MAX_FAILURES} of 30 parallel wrong passwords`, async () => {
    const email = await account("burst");
    checks.count = 0;
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => verifyCredentials({ email, password: `wrong ${i}` }, `192.0.2.${i + 1}`)),
    );
    expect(checks.count).toBeLessThanOrEqual(ACCOUNT_MAX_FAILURES);
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(results.filter((r) => !r.ok && r.reason === "locked").length).toBeGreaterThanOrEqual(
      30 - ACCOUNT_MAX_FAILURES,
    );
  });

  it("the right password inside such a burst does not sign in", async () => {
    const email = await account("burst-right");
    const attempts = Array.from({ length: 30 }, (_, i) =>
      verifyCredentials({ email, password: `wrong ${i}` }, `192.0.2.${i + 101}`),
    );
    // Sent in the middle of the burst, from an address of its own.
    attempts.splice(15, 0, verifyCredentials({ email, password: PASSWORD }, "198.51.100.200"));
    const results = await Promise.all(attempts);
    expect(results[15]).toMatchObject({ ok: false, reason: "locked" });
    expect(results.some((r) => r.ok)).toBe(false);
  });

  it("a lone right password after four wrong ones still signs in", async () => {
    const email = await account("patient");
    for (let i = 0; i < ACCOUNT_MAX_FAILURES - 1; i += 1) {
      expect(await verifyCredentials({ email, password: `wrong ${i}` }, "198.51.100.201")).toMatchObject({ ok: false });
    }
    expect(await verifyCredentials({ email, password: PASSWORD }, "198.51.100.201")).toMatchObject({ ok: true });
  });
});
