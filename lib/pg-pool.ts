import pg from "pg";
import { databaseTimeoutsEnv } from "./env";

// Every pool of connections to PostgreSQL (the app's, the sign-in throttle's, the newsletter
// worker's, the outage probe's) is made here, with the same timeouts: a server that is down
// answers with an error at once, a frozen one within DATABASE_CONNECT_TIMEOUT_MS or
// DATABASE_STATEMENT_TIMEOUT_MS, never after a minutes-long TCP hang.
export interface PoolTimeouts {
  connectMs: number;
  statementMs: number;
  idleInTransactionMs: number;
  keepAliveMs: number;
}

export function poolTimeouts(): PoolTimeouts {
  const e = databaseTimeoutsEnv();
  return {
    connectMs: e.DATABASE_CONNECT_TIMEOUT_MS,
    statementMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    idleInTransactionMs: e.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    keepAliveMs: e.DATABASE_KEEPALIVE_MS,
  };
}

export function poolConfig(
  connectionString: string,
  max: number,
  overrides: Partial<PoolTimeouts> = {},
): pg.PoolConfig {
  const t = { ...poolTimeouts(), ...overrides };
  return {
    connectionString,
    max,
    connectionTimeoutMillis: t.connectMs,
    // Enforced by the server (it cancels the statement) and, for a server that cannot answer
    // at all, by the client; 0 turns both off.
    statement_timeout: t.statementMs || undefined,
    query_timeout: t.statementMs || undefined,
    idle_in_transaction_session_timeout: t.idleInTransactionMs || undefined,
    keepAlive: t.keepAliveMs > 0,
    keepAliveInitialDelayMillis: t.keepAliveMs,
  };
}

// A pool emits "error" when an idle connection dies (the server restarted, a proxy cut it).
// Without a listener Node treats that as an uncaught exception and the process exits.
export function idleErrorListener(name: string): (error: Error) => void {
  return (error) =>
    console.warn(`database pool "${name}": an idle connection failed (${error.message}); it is replaced on next use`);
}

export function createPool(
  connectionString: string,
  max: number,
  name: string,
  overrides: Partial<PoolTimeouts> = {},
): pg.Pool {
  const pool = new pg.Pool(poolConfig(connectionString, max, overrides));
  pool.on("error", idleErrorListener(name));
  return pool;
}
