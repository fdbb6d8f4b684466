import { z } from "zod";

// Every environment variable the server reads, validated once. See .env.example.
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  SITE_URL: z.string().url().default("http://localhost:3000"),
  SITE_FACEBOOK_URL: z.string().url().optional().or(z.literal("")),
  SITE_LINKEDIN_URL: z.string().url().optional().or(z.literal("")),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  REVALIDATE_SECRET: z.string().min(16).optional().or(z.literal("")),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}
