import type { Db, DbClient } from "../../lib/prisma-client";
import { seedDemo } from "./demo";
import { seedOkip } from "./okip";

// Seeds the real OKIP content and, on request, the demo set; safe to run again.
export async function seed(db: DbClient, options: { demo: boolean }): Promise<void> {
  await seedOkip(db);
  if (options.demo) await seedDemo(db);
}

// True when the database holds neither clusters nor posts (a fresh install).
export async function isDatabaseEmpty(db: DbClient): Promise<boolean> {
  const clusters = await db.cluster.count();
  return clusters === 0 && (await db.post.count()) === 0;
}

// pg_advisory_xact_lock key of the first seed (the migration runner uses 7272015).
export const SEED_LOCK_KEY = 7_272_016;

// The first start's seed, all or nothing: one transaction under an advisory lock. Instances
// starting together on an empty database wait for each other and the first one seeds; a start
// killed halfway leaves no row, and the next start seeds in full. True when this call seeded.
// `db` should be a client without statement or idle-in-transaction timeouts (images are
// processed inside the transaction).
export async function seedIfEmpty(db: Db, options: { demo: boolean; onSeed?: () => void }): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      if (!(await isDatabaseEmpty(tx))) return false;
      options.onSeed?.();
      await seed(tx, options);
      return true;
    },
    { maxWait: 60_000, timeout: 30 * 60_000 },
  );
}
