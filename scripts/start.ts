// `npm run serve` (after `next build`) and `npm run dev`: prepares the database, then runs Next.
// DATABASE_URL unset → an embedded PostgreSQL under .data/pglite, kept alive by this process.
import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedDatabase } from "../lib/embedded-db";
import { firstAdminLink } from "../lib/auth/bootstrap";
import { env } from "../lib/env";
import { defaultMigrationsDir, migrate, readMigrations } from "../lib/migrate";
import { createPrismaClient } from "../lib/prisma-client";
import { isDatabaseEmpty, seed } from "../prisma/seed";
import { restoreSeedMedia } from "../prisma/seed/media";
import { loadEnvFile } from "./load-env";
import { ensureAuthSecret } from "./auth-secret";
import { clearNextCaches } from "./next-cache";

loadEnvFile();
ensureAuthSecret();
// A bad variable stops the start here, with its name, rather than failing every page later.
try {
  env();
} catch (error) {
  console.error("Invalid configuration (see .env.example):", (error as Error).message);
  process.exit(1);
}
if (process.env.DATABASE_URL && !process.env.SITE_URL) {
  console.warn("SITE_URL is not set: canonical and OpenGraph links will point at http://localhost:3000.");
}
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

const embedded = process.env.DATABASE_URL
  ? null
  : await startEmbeddedDatabase({
      dataDir: path.resolve(process.env.EMBEDDED_DB_DIR ?? ".data/pglite"),
      port: Number(process.env.EMBEDDED_DB_PORT ?? 0),
    });
const databaseUrl = process.env.DATABASE_URL ?? embedded!.url;
console.log(
  embedded ? `Embedded PostgreSQL on ${new URL(databaseUrl).host} (data in .data/pglite)` : "Using DATABASE_URL",
);

const { applied } = await migrate(databaseUrl, await readMigrations(defaultMigrationsDir), (l) => console.log(l));
if (applied.length === 0) console.log("Database schema is up to date.");

const db = createPrismaClient(databaseUrl, 2);
if (await isDatabaseEmpty(db)) {
  const demo = process.env.SEED_DEMO ? process.env.SEED_DEMO === "true" : embedded !== null;
  console.log(`Empty database: seeding OKIP content${demo ? " and the demo set" : ""}…`);
  await seed(db, { demo });
} else {
  await restoreSeedMedia();
}
const siteUrl = process.env.SITE_URL ?? `http://localhost:${port}`;
const adminLink = await firstAdminLink(db, siteUrl, process.env.ADMIN_EMAIL ?? "admin@example.org");
if (adminLink) {
  console.log(
    `\nNo administrator has a password yet. Open this one-time link (valid 72 h) to choose one:\n  ${adminLink}\n`,
  );
}
await db.$disconnect();
if (!dev) await clearNextCaches();

const next = spawn(
  process.execPath,
  [path.resolve("node_modules/next/dist/bin/next"), dev ? "dev" : "start", "--port", port],
  { stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", PORT: port } },
);

let stopping = false;
async function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  next.kill(signal);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
next.on("exit", async (code) => {
  await embedded?.stop();
  process.exit(code ?? 0);
});
