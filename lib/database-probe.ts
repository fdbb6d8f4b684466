import type pg from "pg";
import { createPool } from "./pg-pool";

// Whether PostgreSQL answers right now: one `SELECT 1` on a pool of its own, with short
// timeouts. The proxy asks before a page that reads the database on every request (a search,
// a tag filter), so an outage gets a translated 503 instead of an error page; /api/ready asks
// for load balancers. Nothing is remembered between requests: the first request after the
// database is back goes through.
const state = globalThis as unknown as { okipProbe?: { url: string; pool: pg.Pool } };

export const PROBE_TIMEOUT_MS = 2000;

function probePool(url: string): pg.Pool {
  if (state.okipProbe?.url !== url) {
    state.okipProbe = {
      url,
      pool: createPool(url, 2, "probe", { connectMs: PROBE_TIMEOUT_MS, statementMs: PROBE_TIMEOUT_MS }),
    };
  }
  return state.okipProbe.pool;
}

export async function databaseAnswers(url = process.env.DATABASE_URL): Promise<boolean> {
  if (!url) return true;
  try {
    await probePool(url).query("SELECT 1");
    return true;
  } catch {
    return false;
  }
}

// One read on the probe's pool (bounded by its timeouts); throws when the database does not answer.
export async function probeRows<T>(text: string, url = process.env.DATABASE_URL): Promise<T[]> {
  if (!url) throw new Error("DATABASE_URL is not set");
  return (await probePool(url).query(text)).rows as T[];
}
