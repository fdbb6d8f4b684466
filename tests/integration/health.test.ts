import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { defaultMigrationsDir, readMigrations } from "@/lib/migrate";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// /api/health says the process answers; /api/ready that it can serve: PostgreSQL answers and
// every migration of this build is applied.

let empty: TestDatabase;

beforeAll(async () => {
  empty = await createTestDatabase("okip_readiness");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await empty?.drop();
});

describe("health and readiness", () => {
  it("health answers 200 without asking the database", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://postgres@127.0.0.1:9/okip");
    const answer = health();
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ status: "ok" });
    expect(answer.headers.get("cache-control")).toBe("no-store");
    vi.unstubAllEnvs();
  });

  it("ready is 200 on the migrated database", async () => {
    const answer = await ready();
    expect([answer.status, await answer.json()]).toEqual([200, { status: "ready" }]);
  });

  it("ready is 503 while the database does not answer, naming no address", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://postgres@127.0.0.1:9/okip");
    const answer = await ready();
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("5");
    const body = await answer.json();
    expect(body).toEqual({ status: "unavailable", reason: "database unreachable" });
    vi.unstubAllEnvs();
  });

  it("ready is 503 with the pending migrations on a database not migrated yet (or only partly)", async () => {
    vi.stubEnv("DATABASE_URL", empty.url);
    const names = (await readMigrations(defaultMigrationsDir)).map((m) => m.name);
    expect(await (await ready()).json()).toEqual({
      status: "unavailable",
      reason: "migrations pending",
      pending: names,
    });
    // A database a release behind: all but the newest applied.
    const client = new pg.Client({ connectionString: empty.url });
    await client.connect();
    await client.query(`CREATE TABLE "_migrations" (name text PRIMARY KEY, checksum text, applied_at timestamptz)`);
    for (const name of names.slice(0, -1)) await client.query(`INSERT INTO "_migrations" (name) VALUES ($1)`, [name]);
    await client.end();
    const behind = await ready();
    expect([behind.status, await behind.json()]).toEqual([
      503,
      { status: "unavailable", reason: "migrations pending", pending: names.slice(-1) },
    ]);
    vi.unstubAllEnvs();
  });
});
