// Newsletter sending speed: one issue to BENCH_SUBSCRIBERS confirmed subscribers through the real
// worker (lib/newsletter/worker.ts) to an SMTP server in this process that parses every message,
// on the database at `databaseUrl`, with the rate limit out of the way. Called by `npm run bench`;
// alone: `npx tsx scripts/bench-newsletter.ts` (embedded database, or BENCH_DATABASE_URL).
import { pathToFileURL } from "node:url";
import { startEmbeddedDatabase } from "../lib/embedded-db";
import { createMailer } from "../lib/mail/mailer";
import { defaultMigrationsDir, migrate, readMigrations } from "../lib/migrate";
import { startNewsletterWorker } from "../lib/newsletter/worker";
import { createPrismaClient } from "../lib/prisma-client";
import { seed } from "../prisma/seed";
import { startSmtpServer } from "../tests/support/smtp";

export interface NewsletterBench {
  messages: number;
  seconds: number;
  perSecond: number;
  workers: number;
  deferred: string;
}

export async function benchNewsletter(
  databaseUrl: string,
  { count = Number(process.env.BENCH_SUBSCRIBERS ?? 2000), workers = 1, deferred = 0 } = {},
): Promise<NewsletterBench> {
  const db = createPrismaClient(databaseUrl, 4 * workers);
  const smtp = await startSmtpServer();
  // A fraction of messages answered with a temporary 451, retried after 20 ms, 40 ms, …
  smtp.reject(deferred);
  const run = Date.now().toString(36);
  await db.$executeRawUnsafe(
    `INSERT INTO "NewsletterSubscriber" (id, email, locale, status, "updatedAt")
     SELECT 'bench-' || i || '-${run}', 'bench-' || i || '-${run}@example.org',
            (ARRAY['pl','en','de','fr','ru'])[1 + i % 5]::"Locale", 'CONFIRMED', now()
     FROM generate_series(1, ${count}) AS i`,
  );
  const post = await db.post.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
  const issue = await db.newsletterIssue.create({
    data: {
      status: "SENDING",
      translations: { create: { locale: "pl", subject: `Bench ${run}`, intro: "Wstęp." } },
      posts: { create: { postId: post.id, position: 0 } },
    },
  });
  await db.$executeRaw`
    INSERT INTO "NewsletterDelivery" (id, "issueId", "subscriberId", "updatedAt")
    SELECT gen_random_uuid()::text, ${issue.id}, id, now() FROM "NewsletterSubscriber" WHERE email LIKE ${`bench-%-${run}@example.org`}`;

  const mailers = Array.from({ length: workers }, () =>
    createMailer({ from: "OKIP <bench@localhost>", smtpUrl: smtp.url, outboxDir: "unused", maxConnections: 1 }),
  );
  const started = performance.now();
  const running = mailers.map((mailer) =>
    startNewsletterWorker({
      db,
      mailer,
      siteUrl: "http://localhost:3000",
      secret: "bench-secret-0123456789abcdef0123456789",
      ratePerSecond: 100_000,
      leaseMs: 60_000,
      retryBaseMs: 20,
      maxAttempts: 20,
      pollMs: 20,
    }),
  );
  while (
    (await db.newsletterDelivery.count({ where: { issueId: issue.id, status: { in: ["PENDING", "SENDING"] } } })) > 0
  ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(running.map((w) => w.stop()));
  for (const mailer of mailers) mailer.close();
  const received = smtp.messages.length;
  await db.newsletterIssue.delete({ where: { id: issue.id } });
  await db.newsletterSubscriber.deleteMany({
    where: { email: { startsWith: "bench-", endsWith: `-${run}@example.org` } },
  });
  await db.$disconnect();
  await smtp.stop();
  if (received !== count) throw new Error(`bench: ${received} messages arrived, ${count} expected`);
  return {
    messages: count,
    seconds: Number(seconds.toFixed(2)),
    perSecond: Math.round(count / seconds),
    workers,
    deferred: `${Math.round(deferred * 100)}%`,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  let url = process.env.BENCH_DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const database = await startEmbeddedDatabase({});
    await migrate(database.url, await readMigrations(defaultMigrationsDir));
    const db = createPrismaClient(database.url, 2);
    await seed(db, { demo: false });
    await db.$disconnect();
    url = database.url;
    stop = database.stop;
  }
  console.table([
    await benchNewsletter(url),
    await benchNewsletter(url, { workers: 4 }),
    await benchNewsletter(url, { deferred: 0.2 }),
  ]);
  await stop();
  process.exit(0);
}
