import pg from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/embedded-db";

// A fresh, empty database for a test run: a new database on the server named by
// TEST_DATABASE_URL (real PostgreSQL), else an in-memory embedded PostgreSQL.
export interface TestDatabase {
  url: string;
  kind: "postgresql" | "embedded";
  drop: () => Promise<void>;
}

export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host}).`);
  }
}

export async function createTestDatabase(name: string): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded: EmbeddedDatabase = await startEmbeddedDatabase({});
    return { url: embedded.url, kind: "embedded", drop: embedded.stop };
  }
  assertLocalDatabase(serverUrl);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "postgresql",
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
