import { createPrismaClient, type Db } from "../lib/prisma-client";
import { seed } from "../prisma/seed";
import { loadEnvFile } from "./load-env";

// Seeds the database named by DATABASE_URL with the real OKIP content, plus the demo
// set with `--demo` or SEED_DEMO=true. Safe to run again: existing rows are kept.

loadEnvFile();

async function countRows(db: Db) {
  return {
    clusters: await db.cluster.count(),
    clusterTranslations: await db.clusterTranslation.count(),
    agreements: await db.agreement.count(),
    agreementTranslations: await db.agreementTranslation.count(),
    agreementParties: await db.agreementParty.count(),
    cooperationAreas: await db.cooperationArea.count(),
    agreementAreas: await db.agreementArea.count(),
    tags: await db.tag.count(),
    media: await db.media.count(),
    posts: await db.post.count(),
    postTranslations: await db.postTranslation.count(),
    postTags: await db.postTag.count(),
    postClusters: await db.postCluster.count(),
  };
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "DATABASE_URL is not set, e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/okip npm run db:seed",
    );
    process.exitCode = 1;
    return;
  }
  const demo = process.argv.includes("--demo") || process.env.SEED_DEMO === "true";
  const db = createPrismaClient(url, 1);
  try {
    const before: Record<string, number> = await countRows(db);
    await seed(db, { demo });
    const after = await countRows(db);
    console.log(`Seeded the OKIP content${demo ? " and the demo set" : " (without the demo set: pass --demo)"}.`);
    for (const [table, count] of Object.entries(after)) {
      const added = count - (before[table] ?? 0);
      console.log(`  ${table.padEnd(22)} ${String(count).padStart(4)} rows (${added} new)`);
    }
  } finally {
    await db.$disconnect();
  }
}

await main();
