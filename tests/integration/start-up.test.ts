import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canWrite, lockTree, unlockTreeSync } from "../e2e/support/processes";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The database work of a start (scripts/prepare.ts, which `npm run serve` runs before the web
// server), as real processes on a fresh database: two at once seed once; one killed mid-seed leaves
// nothing and the next start seeds in full; a database that does not answer gets one clear line.

let database: TestDatabase;
let folder: string;

beforeAll(async () => {
  database = await createTestDatabase("okip_start_up");
  folder = await mkdtemp(path.join(tmpdir(), "okip-start-up-"));
});

afterAll(async () => {
  await database?.drop();
  await rm(folder, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number>;
}

function prepare(env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/prepare.ts"], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: database.url,
      SEED_DEMO: "true",
      MEDIA_DIR: path.join(folder, "media"),
      OUTBOX_DIR: path.join(folder, "outbox"),
      SITE_URL: "http://portal.test",
      ...env,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk));
  const exit = new Promise<number>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 0))),
  );
  return { child, output: () => output, exit };
}

async function counts(): Promise<{ clusters: number; posts: number; translations: number; revisions: number }> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const one = async (table: string) => Number((await client.query(`SELECT count(*) FROM "${table}"`)).rows[0].count);
    return {
      clusters: await one("Cluster"),
      posts: await one("Post"),
      translations: await one("PostTranslation"),
      revisions: await one("Revision"),
    };
  } finally {
    await client.end();
  }
}

async function emptyTheDatabase(): Promise<void> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  await client.end();
}

const SEEDING = /Empty database: seeding/g;

describe("starting on an empty database", () => {
  let complete: Awaited<ReturnType<typeof counts>>;

  it("a start killed mid-seed leaves nothing; the next start seeds it in full", async () => {
    const first = prepare();
    // Killed once the seed has begun writing (the clusters come first).
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (SEEDING.test(first.output())) {
          clearInterval(timer);
          setTimeout(() => {
            first.child.kill("SIGKILL");
            resolve();
          }, 400);
        }
      }, 20);
      void first.exit.then(() => {
        clearInterval(timer);
        reject(new Error(`the first start ended before it was killed:\n${first.output()}`));
      });
    }).catch((error) => {
      throw error;
    });
    expect(await first.exit).toBe(128);
    expect(await counts()).toMatchObject({ clusters: 0, posts: 0 });

    const second = prepare();
    expect([await second.exit, second.output()]).toEqual([0, expect.stringMatching(SEEDING)]);
    complete = await counts();
    expect(complete.clusters).toBe(12);
    expect(complete.posts).toBeGreaterThan(40);

    // A third start changes nothing.
    const third = prepare();
    expect([await third.exit, third.output()]).toEqual([0, expect.not.stringMatching(SEEDING)]);
    expect(await counts()).toEqual(complete);
  }, 180_000);

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "two instances starting together seed once, both start, and the data is complete",
    async () => {
      await emptyTheDatabase();
      const [a, b] = [prepare(), prepare()];
      const [exitA, exitB] = await Promise.all([a.exit, b.exit]);
      expect([exitA, a.output(), exitB, b.output()]).toEqual([0, expect.any(String), 0, expect.any(String)]);
      expect((a.output().match(SEEDING) ?? []).length + (b.output().match(SEEDING) ?? []).length).toBe(1);
      expect(await counts()).toEqual(complete);
    },
    180_000,
  );
});

describe("starting with a media folder that cannot be written", () => {
  it("warns that the seed's images could not be restored, and starts", async () => {
    // The database is seeded (above); the media folder is new, empty and read-only.
    const media = path.join(folder, "read-only-media");
    await mkdir(media);
    await lockTree(media, true);
    try {
      expect(await canWrite(media)).toBe(false);
      const run = prepare({ MEDIA_DIR: media });
      expect(await run.exit).toBe(0);
      expect(run.output()).toMatch(/^warning: the seed's images could not be restored to MEDIA_DIR: /m);
    } finally {
      unlockTreeSync(media);
    }
  }, 60_000);
});

describe("starting while the database does not answer", () => {
  it("says once that it waits for PostgreSQL, retries with backoff, then gives up with one clear line", async () => {
    const started = Date.now();
    const run = prepare({ DATABASE_URL: "postgresql://postgres@127.0.0.1:9/okip", DATABASE_WAIT_SECONDS: "3" });
    expect(await run.exit).toBe(1);
    const lines = run.output().trim().split("\n");
    expect(lines).toEqual([
      "waiting for PostgreSQL at 127.0.0.1:9… (ECONNREFUSED)",
      "PostgreSQL at 127.0.0.1:9 did not answer within 3 s (last error: ECONNREFUSED).",
    ]);
    expect(Date.now() - started).toBeGreaterThan(1500);
  }, 60_000);
});
