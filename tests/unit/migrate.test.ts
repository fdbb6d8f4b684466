import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it, onTestFinished } from "vitest";
import { checksum, migrate, MigrationChecksumError, MIGRATIONS_TABLE, readMigrations } from "../../lib/migrate";
import { createTestDatabase } from "../support/test-database";

const DB_TIMEOUT = 60_000; // embedded PostgreSQL takes a few seconds to start

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "okip-migrate-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function writeMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name), { recursive: true });
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

async function freshDatabase(name: string): Promise<string> {
  const database = await createTestDatabase(name);
  onTestFinished(() => database.drop());
  return database.url;
}

// The names the test migrations wrote into their steps table, in order.
async function steps(url: string): Promise<string[]> {
  return (await query<{ name: string }>(url, "SELECT name FROM steps ORDER BY id")).map((row) => row.name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function recorded(url: string): Promise<{ name: string; checksum: string }[]> {
  return query(url, `SELECT "name", "checksum" FROM "${MIGRATIONS_TABLE}" ORDER BY "name"`);
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const [row] = await query<{ exists: boolean }>(url, `SELECT to_regclass('public.${table}') IS NOT NULL AS "exists"`);
  return row?.exists ?? false;
}

// Each migration appends its name to "steps", so the row order is the order they ran in.
const FIRST = "20240101000000_first";
const SECOND = "20240102000000_second";
const THIRD = "20240103000000_third";
const FIRST_SQL = `CREATE TABLE steps (id serial PRIMARY KEY, name text NOT NULL);
INSERT INTO steps (name) VALUES ('first');
`;
const SECOND_SQL = `ALTER TABLE steps ADD COLUMN note text;
INSERT INTO steps (name, note) VALUES ('second', 'needs first');
`;
// now() is the transaction's start time, as is the runner's "appliedAt" default.
const THIRD_SQL = `CREATE TABLE third AS SELECT now() AS started_at;
INSERT INTO steps (name) VALUES ('third');
`;

describe("readMigrations", () => {
  it("returns migration folders in timestamp order and ignores everything else", async () => {
    const dir = await tempDir();
    // Written newest first, so directory order cannot accidentally match.
    await writeMigration(dir, THIRD, THIRD_SQL);
    await writeMigration(dir, FIRST, FIRST_SQL);
    await writeMigration(dir, SECOND, SECOND_SQL);
    await writeFile(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
    await writeFile(path.join(dir, "20240104000000_file_not_folder"), "SELECT 1;");
    await mkdir(path.join(dir, "notes"));
    await mkdir(path.join(dir, "2024_short_timestamp"));
    await mkdir(path.join(dir, "20240105000000-dash"));
    await mkdir(path.join(dir, ".20240106000000_hidden"));

    const migrations = await readMigrations(dir);

    expect(migrations).toEqual([
      { name: FIRST, sql: FIRST_SQL, checksum: checksum(FIRST_SQL) },
      { name: SECOND, sql: SECOND_SQL, checksum: checksum(SECOND_SQL) },
      { name: THIRD, sql: THIRD_SQL, checksum: checksum(THIRD_SQL) },
    ]);
  });

  it("returns nothing for a folder without migrations", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "README.md"), "# nothing here\n");
    expect(await readMigrations(dir)).toEqual([]);
  });
});

describe("checksum", () => {
  it("ignores CRLF vs LF line endings", () => {
    const lf = "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n";
    const crlf = lf.replace(/\n/g, "\r\n");
    expect(crlf).not.toBe(lf);
    expect(checksum(crlf)).toBe(checksum(lf));
  });

  it("changes when the SQL changes", () => {
    expect(checksum("CREATE TABLE a (id int);\n")).not.toBe(checksum("CREATE TABLE a (id bigint);\n"));
    expect(checksum("SELECT 1;\n")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives the same checksum to a migration file saved with CRLF", async () => {
    const dir = await tempDir();
    await writeMigration(dir, FIRST, FIRST_SQL.replace(/\n/g, "\r\n"));
    const [migration] = await readMigrations(dir);
    expect(migration?.checksum).toBe(checksum(FIRST_SQL));
  });
});

describe("migrate", () => {
  it(
    "applies pending migrations in order and records name and checksum",
    async () => {
      const url = await freshDatabase("okip_unit_migrate_1");
      const dir = await tempDir();
      await writeMigration(dir, SECOND, SECOND_SQL);
      await writeMigration(dir, FIRST, FIRST_SQL);
      await writeMigration(dir, THIRD, THIRD_SQL);
      const lines: string[] = [];

      const result = await migrate(url, await readMigrations(dir), (line) => lines.push(line));

      expect(result).toEqual({ applied: [FIRST, SECOND, THIRD], alreadyApplied: [] });
      expect(lines).toEqual([`applied ${FIRST}`, `applied ${SECOND}`, `applied ${THIRD}`]);
      expect(await query(url, "SELECT name, note FROM steps ORDER BY id")).toEqual([
        { name: "first", note: null },
        { name: "second", note: "needs first" },
        { name: "third", note: null },
      ]);
      expect(await recorded(url)).toEqual([
        { name: FIRST, checksum: checksum(FIRST_SQL) },
        { name: SECOND, checksum: checksum(SECOND_SQL) },
        { name: THIRD, checksum: checksum(THIRD_SQL) },
      ]);
      // Same timestamp: the migration and its record were committed in one transaction.
      expect(
        await query(
          url,
          `SELECT t.started_at = m."appliedAt" AS same FROM third t, "${MIGRATIONS_TABLE}" m WHERE m.name = '${THIRD}'`,
        ),
      ).toEqual([{ same: true }]);
    },
    DB_TIMEOUT,
  );

  it(
    "is a no-op the second time and applies only what is new later",
    async () => {
      const url = await freshDatabase("okip_unit_migrate_2");
      const dir = await tempDir();
      await writeMigration(dir, FIRST, FIRST_SQL);
      await writeMigration(dir, SECOND, SECOND_SQL);
      await migrate(url, await readMigrations(dir));
      const before = await query(url, `SELECT * FROM "${MIGRATIONS_TABLE}" ORDER BY "name"`);

      const again = await migrate(url, await readMigrations(dir));

      expect(again).toEqual({ applied: [], alreadyApplied: [FIRST, SECOND] });
      expect(await query(url, `SELECT * FROM "${MIGRATIONS_TABLE}" ORDER BY "name"`)).toEqual(before);
      expect(await steps(url)).toEqual(["first", "second"]);

      await writeMigration(dir, THIRD, THIRD_SQL);
      const later = await migrate(url, await readMigrations(dir));

      expect(later).toEqual({ applied: [THIRD], alreadyApplied: [FIRST, SECOND] });
      expect(await steps(url)).toEqual(["first", "second", "third"]);
    },
    DB_TIMEOUT,
  );

  it(
    "runs each migration in a transaction: a failing one leaves nothing behind and stops the run",
    async () => {
      const url = await freshDatabase("okip_unit_migrate_3");
      const dir = await tempDir();
      const broken = `CREATE TABLE half_done (id int PRIMARY KEY);
INSERT INTO steps (name) VALUES ('second');
INSERT INTO missing_table VALUES (1);
`;
      await writeMigration(dir, FIRST, FIRST_SQL);
      await writeMigration(dir, SECOND, broken);
      await writeMigration(dir, THIRD, THIRD_SQL);

      const run = migrate(url, await readMigrations(dir));

      await expect(run).rejects.toThrow(`Migration ${SECOND} failed`);
      await expect(run).rejects.toThrow(/missing_table/);
      expect(await tableExists(url, "half_done")).toBe(false);
      expect(await steps(url)).toEqual(["first"]);
      expect(await tableExists(url, "third")).toBe(false);
      expect(await recorded(url)).toEqual([{ name: FIRST, checksum: checksum(FIRST_SQL) }]);

      // The failed migration was never recorded, so it may be fixed in place and rerun.
      await writeMigration(dir, SECOND, SECOND_SQL);
      const retry = await migrate(url, await readMigrations(dir));

      expect(retry).toEqual({ applied: [SECOND, THIRD], alreadyApplied: [FIRST] });
      expect(await steps(url)).toEqual(["first", "second", "third"]);
    },
    DB_TIMEOUT,
  );

  it(
    "refuses with MigrationChecksumError when an applied migration changed, and applies nothing",
    async () => {
      const url = await freshDatabase("okip_unit_migrate_4");
      const dir = await tempDir();
      await writeMigration(dir, FIRST, FIRST_SQL);
      await writeMigration(dir, SECOND, SECOND_SQL);
      await migrate(url, await readMigrations(dir));
      const before = await recorded(url);

      await writeMigration(dir, SECOND, SECOND_SQL.replace("'needs first'", "'edited later'"));
      await writeMigration(dir, THIRD, THIRD_SQL);
      const error: unknown = await migrate(url, await readMigrations(dir)).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(MigrationChecksumError);
      expect((error as MigrationChecksumError).changed).toEqual([SECOND]);
      expect((error as MigrationChecksumError).message).toContain(SECOND);
      expect((error as MigrationChecksumError).message).not.toContain(FIRST);
      expect(await recorded(url)).toEqual(before);
      expect(await tableExists(url, "third")).toBe(false);
      expect(await steps(url)).toEqual(["first", "second"]);
    },
    DB_TIMEOUT,
  );

  it(
    "does not treat a CRLF re-save of an applied migration as a change",
    async () => {
      const url = await freshDatabase("okip_unit_migrate_5");
      const dir = await tempDir();
      await writeMigration(dir, FIRST, FIRST_SQL);
      await migrate(url, await readMigrations(dir));

      const file = path.join(dir, FIRST, "migration.sql");
      await writeFile(file, (await readFile(file, "utf8")).replace(/\n/g, "\r\n"));
      await writeMigration(dir, SECOND, SECOND_SQL);

      expect(await migrate(url, await readMigrations(dir))).toEqual({
        applied: [SECOND],
        alreadyApplied: [FIRST],
      });
    },
    DB_TIMEOUT,
  );
});
