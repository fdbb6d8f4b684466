import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { idleErrorListener, poolConfig, type PoolTimeouts } from "./pg-pool";

// Builds a client over node-postgres; used by the app (lib/db.ts), scripts and tests.
// Password hashes never leave the database unless a query asks for them explicitly.
export function createPrismaClient(connectionString: string, max = 10, timeouts: Partial<PoolTimeouts> = {}) {
  const adapter = new PrismaPg(poolConfig(connectionString, max, timeouts), { onPoolError: idleErrorListener("app") });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;

// A client or the client of an interactive transaction (what `$transaction(async (tx) => …)` hands
// over): for functions that run either way, like the seed.
export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
