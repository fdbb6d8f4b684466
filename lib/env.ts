import { z } from "zod";

const optionalUrl = z.string().url().optional().or(z.literal(""));

// Every environment variable the server reads, validated once. See .env.example.
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  SITE_URL: z.string().url().default("http://localhost:3000"),
  SITE_FACEBOOK_URL: optionalUrl,
  SITE_LINKEDIN_URL: optionalUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // Timeouts of every connection to PostgreSQL (lib/pg-pool.ts); 0 turns one off.
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(3000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(5000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  DATABASE_KEEPALIVE_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  // Proxies in front of the app whose X-Forwarded-For entries are believed (lib/client-address.ts).
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  REVALIDATE_SECRET: z.string().min(16).optional().or(z.literal("")),
  // Signs session cookies; `npm start` generates one into .data/auth-secret when unset.
  AUTH_SECRET: z.string().min(32).optional(),
  // smtp://user:pass@host:587 or smtps://…; unset: messages are written to OUTBOX_DIR.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional()
    .or(z.literal("")),
  MAIL_FROM: z.string().min(3).default("OKIP <no-reply@localhost>"),
  OUTBOX_DIR: z.string().min(1).default(".data/outbox"),
  MEDIA_DIR: z.string().min(1).default(".data/media"),
  MEDIA_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
  // How often the scheduler looks for posts whose publish time has come.
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(500).max(600_000).default(5000),
  // Where newsletter issues are sent from: "app" (inside the web server) or "off" (run `npm run worker`).
  NEWSLETTER_WORKER: z.enum(["app", "off"]).default("app"),
  // Newsletter messages per second from one worker (ask your SMTP provider for its limit).
  NEWSLETTER_RATE: z.coerce.number().min(0.1).max(10_000).default(10),
  // Attempts per message before a temporary SMTP failure counts as failed; retries wait
  // NEWSLETTER_RETRY_BASE_MS, then twice as long each time.
  NEWSLETTER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  NEWSLETTER_RETRY_BASE_MS: z.coerce.number().int().min(10).default(60_000),
  // How long a worker holds messages it took; after a crash others take them when it runs out.
  // It must outlast one SMTP exchange (nodemailer gives up after 10 s to connect, 30 s of silence).
  NEWSLETTER_LEASE_MS: z.coerce.number().int().min(500).default(120_000),
  NEWSLETTER_POLL_MS: z.coerce.number().int().min(50).default(2000),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

// The connection timeouts alone, read afresh (lib/pg-pool.ts): creating a database client must not
// fix the rest of the configuration before a script or test has set it.
export function databaseTimeoutsEnv() {
  return envSchema
    .pick({
      DATABASE_CONNECT_TIMEOUT_MS: true,
      DATABASE_STATEMENT_TIMEOUT_MS: true,
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: true,
      DATABASE_KEEPALIVE_MS: true,
    })
    .parse(process.env);
}

export function env(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}
