import { randomUUID } from "node:crypto";
import type { Viewer } from "../../lib/auth/viewer";
import type { Db } from "../../lib/prisma-client";

// Real user rows for tests of authorization, and the Viewer a signed-in session of each yields.
export async function createViewer(db: Db, role: Viewer["role"], clusterId: string | null = null): Promise<Viewer> {
  const email = `fixture-${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.org`;
  const user = await db.user.create({ data: { email, name: `Fixture ${role}`, role, clusterId, locale: "pl" } });
  return { id: user.id, email, name: user.name, role, clusterId, locale: "pl" };
}

// Removes the users made by createViewer (their audit rows keep a null user).
export async function removeFixtureUsers(db: Db): Promise<void> {
  await db.user.deleteMany({ where: { email: { startsWith: "fixture-" } } });
}
