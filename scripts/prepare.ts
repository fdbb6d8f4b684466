// The database work before the web server starts (run by scripts/start.ts in a process of its own,
// so the long-running launcher never holds Prisma and the seed in memory): wait for PostgreSQL,
// apply migrations, seed an empty database once, restore the seed's images, print the first
// administrator's link. Exits 0 when the server may start.
import { firstAdminLink } from "../lib/auth/bootstrap";
import { defaultMigrationsDir, migrate, readMigrations } from "../lib/migrate";
import { createPrismaClient } from "../lib/prisma-client";
import { seedIfEmpty } from "../prisma/seed";
import { restoreSeedMedia } from "../prisma/seed/media";
import { waitForDatabase } from "./wait-for-database";

const databaseUrl = process.env.DATABASE_URL!;
const embedded = process.env.OKIP_EMBEDDED_DATABASE === "true";

await waitForDatabase(databaseUrl);
const { applied } = await migrate(databaseUrl, await readMigrations(defaultMigrationsDir), (l) => console.log(l));
if (applied.length === 0) console.log("Database schema is up to date.");

// No statement or idle-in-transaction limit here: the first seed is one long transaction.
const db = createPrismaClient(databaseUrl, 2, { statementMs: 0, idleInTransactionMs: 0 });
const demo = process.env.SEED_DEMO ? process.env.SEED_DEMO === "true" : embedded;
await seedIfEmpty(db, {
  demo,
  onSeed: () => console.log(`Empty database: seeding OKIP content${demo ? " and the demo set" : ""}…`),
});
try {
  await restoreSeedMedia();
} catch (error) {
  // The site works without the seed's cover image; a read-only or full media folder must not stop it.
  console.warn(`warning: the seed's images could not be restored to MEDIA_DIR: ${(error as Error).message}`);
}
const siteUrl = process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`;
const adminLink = await firstAdminLink(db, siteUrl, process.env.ADMIN_EMAIL ?? "admin@example.org");
if (adminLink) {
  console.log(
    `\nNo administrator has a password yet. Open this one-time link (valid 72 h) to choose one:\n  ${adminLink}\n`,
  );
}
await db.$disconnect();
