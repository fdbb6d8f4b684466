import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { defaultMigrationsDir, migrate, readMigrations } from "../../lib/migrate";
import { createPrismaClient } from "../../lib/prisma-client";
import { isDatabaseEmpty, seed } from "../../prisma/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// A digest of every row of every table: equal digests mean seeding changed nothing.
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_migrations' ORDER BY 1`,
    );
    const digest: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ md5: string | null; n: string }>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5, count(*) AS n FROM "${name}" t`,
      );
      digest[name] = `${rows[0]!.n}:${rows[0]!.md5 ?? "-"}`;
    }
    return digest;
  } finally {
    await client.end();
  }
}

describe("seed", () => {
  it("changes nothing when run again on a seeded database (a second start)", async () => {
    const url = inject("databaseUrl");
    const db = createPrismaClient(url, 2);
    try {
      expect(await isDatabaseEmpty(db)).toBe(false);
      const before = await fingerprint(url);
      await seed(db, { demo: true });
      expect(await fingerprint(url)).toEqual(before);
    } finally {
      await db.$disconnect();
    }
  });

  describe("on an empty database without the demo set (production)", () => {
    let database: TestDatabase | undefined;
    afterAll(async () => database?.drop());

    it("seeds only the real content, once", async () => {
      database = await createTestDatabase("okip_integration_seed");
      await migrate(database.url, await readMigrations(defaultMigrationsDir));
      const db = createPrismaClient(database.url, 2);
      try {
        expect(await isDatabaseEmpty(db)).toBe(true);
        await seed(db, { demo: false });
        expect(await isDatabaseEmpty(db)).toBe(false);
        expect(await db.cluster.count()).toBe(6);
        expect(await db.post.count()).toBe(1);
        expect(await db.agreement.count()).toBe(1);
        expect(await db.cluster.count({ where: { isDemo: true } })).toBe(0);
        expect(await db.postTranslation.count()).toBe(5);

        const first = await fingerprint(database.url);
        await seed(db, { demo: false });
        expect(await fingerprint(database.url)).toEqual(first);
      } finally {
        await db.$disconnect();
      }
    });
  });
});
