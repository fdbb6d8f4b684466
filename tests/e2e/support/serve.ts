// Playwright's web server: a fresh database (real PostgreSQL from TEST_DATABASE_URL, else
// embedded), migrated and seeded with the real content and the demo set, then `next start`.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { defaultMigrationsDir, migrate, readMigrations } from "../../../lib/migrate";
import { createPrismaClient } from "../../../lib/prisma-client";
import { seed } from "../../../prisma/seed";
import { clearNextCaches } from "../../../scripts/next-cache";
import { hashPassword } from "../../../lib/auth/password";
import { startSmtpServer } from "../../support/smtp";
import { createTestDatabase } from "../../support/test-database";
import { e2eUsers, MAIL_BRIDGE_PORT } from "./accounts";

const port = process.env.E2E_PORT ?? "3100";
// The seed writes media where the server reads them.
process.env.MEDIA_DIR = ".data/e2e-media";
process.env.OUTBOX_DIR = ".data/e2e-outbox";
const database = await createTestDatabase("okip_e2e");
await migrate(database.url, await readMigrations(defaultMigrationsDir));
const db = createPrismaClient(database.url, 2);
await seed(db, { demo: true });
// Accounts the admin tests sign in with.
const pikmed = await db.cluster.findUniqueOrThrow({ where: { slug: "pikmed" } });
for (const user of Object.values(e2eUsers)) {
  await db.user.create({
    data: {
      email: user.email,
      name: user.name,
      role: user.role,
      clusterId: user.role === "MEMBER" ? pikmed.id : null,
      passwordHash: await hashPassword(user.password),
    },
  });
}
await db.$disconnect();

// Mail goes to an SMTP server in this process; tests read what arrived over HTTP.
const smtp = await startSmtpServer();
createServer((request, response) => {
  const messages = smtp.messages.map((m) => ({
    to: (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address ?? "",
    subject: m.subject ?? "",
    text: m.text ?? "",
    html: typeof m.html === "string" ? m.html : "",
    headers: Object.fromEntries(m.headerLines.map((h) => [h.key, h.line.replace(/^[^:]+:\s*/, "")])),
  }));
  response.setHeader("content-type", "application/json");
  response.end(JSON.stringify(request.url === "/messages" ? messages : []));
}).listen(MAIL_BRIDGE_PORT, "127.0.0.1");
await clearNextCaches();
// Tests that change data directly (then revalidate) read the database's URL from here.
await mkdir(".data", { recursive: true });
await writeFile(".data/e2e-database-url", database.url);
console.log(`e2e database ready (${database.kind})`);

const next = spawn(
  process.execPath,
  // The production web server as `npm run serve` runs it (scripts/server.ts), on the database made above.
  ["--import", "tsx", path.resolve("scripts/start.ts"), "--server-only"],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      SITE_URL: `http://127.0.0.1:${port}`,
      SITE_FACEBOOK_URL: "https://www.facebook.com/okip.e2e",
      REVALIDATE_SECRET: "e2e-revalidate-secret-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: port,
      HOST: "127.0.0.1",
      AUTH_SECRET: "e2e-auth-secret-0123456789abcdef0123456789",
      SCHEDULER_INTERVAL_MS: "1000",
      SMTP_URL: smtp.url,
      NEWSLETTER_POLL_MS: "300",
      NEWSLETTER_RATE: "200",
    },
  },
);

async function shutdown() {
  next.kill("SIGTERM");
  await smtp.stop().catch(() => {});
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
next.on("exit", async (code) => {
  await database.drop().catch(() => {});
  process.exit(code ?? 0);
});
