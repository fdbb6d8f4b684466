import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { limiterStore } from "@/lib/auth/throttle";
import { startEmbeddedDatabase } from "@/lib/embedded-db";
import { createMailer } from "@/lib/mail/mailer";

// What the machine keeps on disk is readable by its owner only, and a database connection dying
// under an idle pool is a logged warning, not the end of the process.

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "okip-hardening-"));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const mode = async (file: string) => (await stat(file)).mode & 0o777;

describe("files with secrets in them", () => {
  it("the development outbox (set-password links) is the owner's only", async () => {
    const outboxDir = path.join(folder, "outbox");
    const mailer = createMailer({ from: "OKIP <no-reply@example.org>", outboxDir });
    const { outboxFile } = await mailer.send({
      to: "a@example.org",
      subject: "Link",
      text: "https://x/set?token=1",
      html: "<p>link</p>",
    });
    expect(await mode(outboxDir)).toBe(0o700);
    expect(await mode(path.join(outboxDir, outboxFile!))).toBe(0o600);
  });

  it("the embedded database's data folder is the owner's only", async () => {
    const dataDir = path.join(folder, "pglite");
    const database = await startEmbeddedDatabase({ dataDir });
    try {
      expect(await mode(dataDir)).toBe(0o700);
    } finally {
      await database.stop();
    }
  });
});

describe("a pool whose idle connection dies", () => {
  // pg_terminate_backend needs a real server (the embedded one has a single backend).
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "logs a warning and keeps working (the sign-in throttle's pool, through a database restart)",
    async () => {
      const url = new URL(process.env.DATABASE_URL!);
      url.searchParams.set("application_name", "okip-throttle-test");
      const { storeClient } = limiterStore(url.toString());
      await storeClient.query("SELECT 1");
      const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'okip-throttle-test'`,
      );
      await admin.end();
      await vi.waitFor(() => expect(warnings).toHaveBeenCalledWith(expect.stringMatching(/database pool "throttle"/)));
      warnings.mockRestore();
      expect((await storeClient.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    },
  );
});
