import { probeRows } from "./database-probe";
import { defaultMigrationsDir, MIGRATIONS_TABLE, readMigrations } from "./migrate";

export type Readiness =
  | { ready: true }
  | { ready: false; reason: "database"; detail: string }
  | { ready: false; reason: "migrations"; pending: string[] };

// Whether this instance can serve: PostgreSQL answers (within the probe's 2 s) and every
// migration shipped with the build has been applied (a new release before `npm run db:migrate`,
// or a database restored from an older backup, is not ready).
export async function readiness(migrationsDir = defaultMigrationsDir): Promise<Readiness> {
  let applied: Set<string>;
  try {
    const rows = await probeRows<{ name: string }>(`SELECT name FROM "${MIGRATIONS_TABLE}"`);
    applied = new Set(rows.map((row) => row.name));
  } catch (error) {
    // 42P01: no migrations table yet, so none is applied.
    if ((error as { code?: string }).code !== "42P01") {
      return { ready: false, reason: "database", detail: (error as Error).message };
    }
    applied = new Set();
  }
  const pending = (await readMigrations(migrationsDir)).map((m) => m.name).filter((name) => !applied.has(name));
  return pending.length > 0 ? { ready: false, reason: "migrations", pending } : { ready: true };
}
