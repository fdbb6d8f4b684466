// `npm run worker`: sends newsletter issues from its own process (set NEWSLETTER_WORKER=off on
// the web servers then). Any number may run against one database; each takes different messages.
import { env } from "../lib/env";
import { createPrismaClient } from "../lib/prisma-client";
import { workerOptions } from "../lib/newsletter/settings";
import { startNewsletterWorker } from "../lib/newsletter/worker";
import { existsSync } from "node:fs";
import { ensureAuthSecret } from "./auth-secret";
import { loadEnvFile } from "./load-env";

loadEnvFile();
// The links this worker signs must verify on the web servers: it uses their AUTH_SECRET, never a new one.
if (!process.env.AUTH_SECRET && !existsSync(".data/auth-secret")) {
  console.error("AUTH_SECRET is not set: use the web servers' value (it signs the unsubscribe links).");
  process.exit(1);
}
ensureAuthSecret();
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: the worker sends from the portal's PostgreSQL database.");
  process.exit(1);
}
const db = createPrismaClient(url, 2);
const options = workerOptions(env(), db);
const worker = startNewsletterWorker(options);
console.log(`newsletter worker: sending up to ${options.ratePerSecond} message(s) per second`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  // The message in hand is finished and recorded; what was leased but not tried goes back.
  await worker.stop();
  options.mailer.close();
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
