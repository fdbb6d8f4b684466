import { z } from "zod";

const optionalUrl = z.string().url().optional().or(z.literal(""));

// Every environment variable the server reads, validated once. See .env.example.
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  SITE_URL: z.string().url().default("http://localhost:3000"),
  SITE_FACEBOOK_URL: optionalUrl,
  SITE_LINKEDIN_URL: optionalUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  REVALIDATE_SECRET: z.string().min(16).optional().or(z.literal("")),
  // Signs session cookies; `npm start` generates one into .data/auth-secret when unset.
  AUTH_SECRET: z.string().min(32).optional(),
  // smtp://user:pass@host:587 or smtps://…; unset: messages are written to OUTBOX_DIR.
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must start with smtp:// or smtps://").optional().or(z.literal("")),
  MAIL_FROM: z.string().min(3).default("OKIP <no-reply@localhost>"),
  OUTBOX_DIR: z.string().min(1).default(".data/outbox"),
  MEDIA_DIR: z.string().min(1).default(".data/media"),
  MEDIA_MAX_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
  // How often the scheduler looks for posts whose publish time has come.
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(500).max(600_000).default(5000),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}
