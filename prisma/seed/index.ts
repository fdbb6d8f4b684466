import type { Db } from "../../lib/prisma-client";
import { seedDemo } from "./demo";
import { seedOkip } from "./okip";

// Seeds the real OKIP content and, on request, the demo set; safe to run again.
export async function seed(db: Db, options: { demo: boolean }): Promise<void> {
  await seedOkip(db);
  if (options.demo) await seedDemo(db);
}

// True when the database holds neither clusters nor posts (a fresh install).
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const clusters = await db.cluster.count();
  return clusters === 0 && (await db.post.count()) === 0;
}
