import type pg from "pg";
import { createPool } from "./pg-pool";

// Whether PostgreSQL answers right now: one `SELECT 1` on a pool of its own, with short
// timeouts. The proxy asks before a page that reads the database on every request (a search,
// a tag filter), so an outage gets a translated 503 instead of an error page. Nothing is
// remembered between requests: the first request after the database is back goes through.
const state = globalThis as unknown as { okipProbe?: { url: string; pool: pg.Pool } };

export const PROBE_TIMEOUT_MS = 2000;

export async function databaseAnswers(url = process.env.DATABASE_URL): Promise<boolean> {
  if (!url) return true;
  if (state.okipProbe?.url !== url) {
    state.okipProbe = {
      url,
      pool: createPool(url, 2, "probe", { connectMs: PROBE_TIMEOUT_MS, statementMs: PROBE_TIMEOUT_MS }),
    };
  }
  try {
    await state.okipProbe.pool.query("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
