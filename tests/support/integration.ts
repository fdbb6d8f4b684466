import pg from "pg";
import { expect } from "vitest";
import type { AppLocale } from "../../lib/i18n/locales";

// Helpers for the integration tests of the data layer: an independent way to read the
// seeded database (plain SQL over node-postgres, not the Prisma queries under test) and
// checks shared by several files.

export interface Sql {
  rows<T extends object>(text: string, values?: unknown[]): Promise<T[]>;
  end(): Promise<void>;
}

// A plain SQL connection to the integration database (tests/integration/setup/env.ts sets DATABASE_URL).
export async function connectSql(): Promise<Sql> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run through the vitest integration project.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async rows<T extends object>(text: string, values: unknown[] = []) {
      return (await client.query<T & pg.QueryResultRow>(text, values)).rows;
    },
    end: () => client.end(),
  };
}

// `publishedAt` is a UTC `timestamp without time zone`; this is "now" on the same scale.
export const NOW_UTC = `(now() AT TIME ZONE 'UTC')`;

// The SQL definition of a post a visitor may see: published, its time has come, and at
// least one translation is live. Written independently of lib/data/posts.ts on purpose.
export const PUBLIC_POST = `p.status = 'PUBLISHED' AND p."publishedAt" IS NOT NULL AND p."publishedAt" <= ${NOW_UTC}
  AND EXISTS (SELECT 1 FROM "PostTranslation" t WHERE t."postId" = p.id AND t.status = 'PUBLISHED')`;

export interface PublicPostRow {
  id: string;
  /** ISO 8601 in UTC, as the data layer returns it. */
  publishedAt: string;
  /** Published translations: locale → slug. */
  slugs: Partial<Record<AppLocale, string>>;
  /** Published translations: locale → title. */
  titles: Partial<Record<AppLocale, string>>;
}

// Every public post, newest first (ties broken by id, newest first), with its live translations.
export async function publicPosts(sql: Sql): Promise<PublicPostRow[]> {
  return sql.rows<PublicPostRow>(
    `SELECT p.id, to_char(p."publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt",
            (SELECT json_object_agg(t.locale, t.slug) FROM "PostTranslation" t
              WHERE t."postId" = p.id AND t.status = 'PUBLISHED') AS slugs,
            (SELECT json_object_agg(t.locale, t.title) FROM "PostTranslation" t
              WHERE t."postId" = p.id AND t.status = 'PUBLISHED') AS titles
       FROM "Post" p
      WHERE ${PUBLIC_POST}
      ORDER BY p."publishedAt" DESC, p.id DESC`,
  );
}

// Every translation of a post a visitor must not see (draft or future post, any translation status).
export async function hiddenPostTranslations(
  sql: Sql,
): Promise<{ postId: string; status: string; locale: AppLocale; slug: string }[]> {
  return sql.rows(
    `SELECT p.id AS "postId", p.status::text AS status, t.locale::text AS locale, t.slug
       FROM "Post" p JOIN "PostTranslation" t ON t."postId" = p.id
      WHERE NOT (${PUBLIC_POST})
      ORDER BY p.id, t.locale`,
  );
}

// Next's data cache stores results as JSON: a result must survive the round trip unchanged
// (no Date objects, no undefined properties, no class instances).
export function expectJsonRoundTrip(value: unknown): void {
  expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
}

// Sorts a list of locales in the portal's order, to compare lists whose order is not specified.
export function inLocaleOrder(list: readonly string[]): string[] {
  const order = ["pl", "en", "de", "fr", "ru"];
  return [...list].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

// A fingerprint of tables (row count and an md5 of every row), to prove that nothing changed.
export async function tableDigest(sql: Sql, tables: readonly string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await sql.rows<{ n: number; md5: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM "${table}" t`,
    );
    out[table] = `${row!.n}:${row!.md5 ?? "-"}`;
  }
  return out;
}

// The fingerprint of every table but the migrations' and the rate limits' bookkeeping.
export async function databaseDigest(sql: Sql): Promise<Record<string, string>> {
  const tables = await sql.rows<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_migrations', 'rate_limits') ORDER BY 1`,
  );
  return tableDigest(
    sql,
    tables.map((t) => t.name),
  );
}
