import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

// Builds a client over node-postgres; used by the app (lib/db.ts), scripts and tests.
// Password hashes never leave the database unless a query asks for them explicitly.
export function createPrismaClient(connectionString: string, max = 10) {
  const adapter = new PrismaPg({ connectionString, max });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
