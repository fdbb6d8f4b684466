import "server-only";
import { env } from "./env";
import { createPrismaClient, type Db } from "./prisma-client";

// The one PrismaClient of the app process, created on first use so that
// `next build` never needs a database.
const globalForDb = globalThis as unknown as { db?: Db };

function getDb(): Db {
  if (!globalForDb.db) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm start`.");
    globalForDb.db = createPrismaClient(url, env().DATABASE_POOL_SIZE);
  }
  return globalForDb.db;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
