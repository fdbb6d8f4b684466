import "server-only";
import type pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { createPool } from "@/lib/pg-pool";

// Sign-in brute-force protection, stored in PostgreSQL (table rate_limits) so it holds across
// restarts and app instances: 5 failures lock an account (by e-mail, known or not) for 15
// minutes; 20 failures from one IP throttle that IP for 15 minutes.
export const ACCOUNT_MAX_FAILURES = 5;
export const IP_MAX_FAILURES = 20;
export const LOCK_SECONDS = 15 * 60;

interface Limiters {
  account: RateLimiterPostgres;
  ip: RateLimiterPostgres;
}

const globalForLimiters = globalThis as unknown as { signInLimiters?: Map<string, Limiters> };

const globalForPools = globalThis as unknown as { throttlePools?: Map<string, Pick<pg.Pool, "query">> };

// The store rate-limiter-flexible keeps its counters in: table rate_limits, through a small pool
// per database. rate-limiter-flexible names its statements; named prepared statements collide
// when connections share a session (the embedded PGlite server) or run concurrently, so they
// are sent unnamed.
export function limiterStore(databaseUrl = process.env.DATABASE_URL) {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set");
  globalForPools.throttlePools ??= new Map();
  let client = globalForPools.throttlePools.get(databaseUrl);
  if (!client) {
    const pool = createPool(databaseUrl, 2, "throttle");
    client = {
      query: ((config: { text: string; values?: unknown[] } | string, values?: unknown[]) =>
        typeof config === "string"
          ? pool.query(config, values)
          : pool.query({ text: config.text, values: config.values ?? values })) as pg.Pool["query"],
    };
    globalForPools.throttlePools.set(databaseUrl, client);
  }
  return { storeClient: client, storeType: "pool", tableName: "rate_limits", tableCreated: true } as const;
}

function limiters(databaseUrl = process.env.DATABASE_URL): Limiters {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set");
  globalForLimiters.signInLimiters ??= new Map();
  let found = globalForLimiters.signInLimiters.get(databaseUrl);
  if (!found) {
    const common = { ...limiterStore(databaseUrl), duration: LOCK_SECONDS };
    found = {
      account: new RateLimiterPostgres({
        ...common,
        keyPrefix: "signin-account",
        points: ACCOUNT_MAX_FAILURES,
        blockDuration: LOCK_SECONDS,
      }),
      ip: new RateLimiterPostgres({
        ...common,
        keyPrefix: "signin-ip",
        points: IP_MAX_FAILURES,
        blockDuration: LOCK_SECONDS,
      }),
    };
    globalForLimiters.signInLimiters.set(databaseUrl, found);
  }
  return found;
}

export type ThrottleState = { kind: "open" } | { kind: "locked" | "throttled"; retryAfterSeconds: number };

function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

// Whole seconds until the limiter lets this key try again (at least 1).
function secondsUntilNext(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

function exhausted(res: RateLimiterRes | null, max: number): number | null {
  if (!res || res.consumedPoints < max) return null;
  return secondsUntilNext(res);
}

// Whether this e-mail or IP may try to sign in now.
export async function signInThrottle(email: string, ip: string | null, databaseUrl?: string): Promise<ThrottleState> {
  const { account, ip: ipLimiter } = limiters(databaseUrl);
  const [accountRes, ipRes] = await Promise.all([
    account.get(accountKey(email)),
    ip ? ipLimiter.get(ip) : Promise.resolve(null),
  ]);
  const locked = exhausted(accountRes, ACCOUNT_MAX_FAILURES);
  if (locked) return { kind: "locked", retryAfterSeconds: locked };
  const throttled = exhausted(ipRes, IP_MAX_FAILURES);
  if (throttled) return { kind: "throttled", retryAfterSeconds: throttled };
  return { kind: "open" };
}

// Takes one attempt from the e-mail's and the IP's allowance before the password is checked, so
// parallel attempts cannot all pass a check made before any of them was counted: of 30 at once,
// at most ACCOUNT_MAX_FAILURES reach the password. "open" when this attempt may go ahead.
export async function reserveSignInAttempt(
  email: string,
  ip: string | null,
  databaseUrl?: string,
): Promise<ThrottleState> {
  const { account, ip: ipLimiter } = limiters(databaseUrl);
  const take = (limiter: RateLimiterPostgres, key: string, kind: "locked" | "throttled") =>
    limiter.consume(key).then(
      () => null,
      (error: unknown) => {
        if (!(error instanceof RateLimiterRes)) throw error;
        return { kind, retryAfterSeconds: secondsUntilNext(error) } as const;
      },
    );
  const [accountRefusal, ipRefusal] = await Promise.all([
    take(account, accountKey(email), "locked"),
    ip ? take(ipLimiter, ip, "throttled") : Promise.resolve(null),
  ]);
  return accountRefusal ?? ipRefusal ?? { kind: "open" };
}

// Attempts counted against the e-mail in the current window (this one included).
export async function accountAttempts(email: string, databaseUrl?: string): Promise<number> {
  return (await limiters(databaseUrl).account.get(accountKey(email)))?.consumedPoints ?? 0;
}

// A correct password gives back the point its attempt took from the IP (failures alone count there).
export async function refundSignInAttempt(ip: string | null, databaseUrl?: string): Promise<void> {
  if (ip) await limiters(databaseUrl).ip.reward(ip, 1);
}

// A successful sign-in clears the e-mail's failures (the IP's count stays).
export async function clearSignInFailures(email: string, databaseUrl?: string): Promise<void> {
  await limiters(databaseUrl).account.delete(accountKey(email));
}
