import type { TestProject } from "vitest/node";
import { defaultMigrationsDir, migrate, readMigrations } from "../../../lib/migrate";
import { createPrismaClient } from "../../../lib/prisma-client";
import { seed } from "../../../prisma/seed";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: string;
  }
}

let database: TestDatabase | undefined;

// Migrates and seeds (real content + demo set) one database for the whole integration run.
export async function setup(project: TestProject) {
  // A separate name lets two runs share one server (e.g. INTEGRATION_DB_NAME=okip_integration_2).
  database = await createTestDatabase(process.env.INTEGRATION_DB_NAME ?? "okip_integration");
  await migrate(database.url, await readMigrations(defaultMigrationsDir));
  const db = createPrismaClient(database.url, 2);
  await seed(db, { demo: true });
  await db.$disconnect();
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
  console.log(`integration database: ${database.kind}`);
}

export async function teardown() {
  await database?.drop();
}
