import "server-only";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth.config";
import { db } from "@/lib/db";

// Signing out ends the session on the server, not only in the browser: its id goes into
// ended_sessions, and getViewer() refuses a cookie carrying it (a copy keeps working nowhere).
// A cookie lives at most SESSION_MAX_AGE_SECONDS from its last renewal, so the row can go then.
export async function endSession(sid: string | undefined): Promise<void> {
  if (!sid) return;
  const now = new Date();
  await db.endedSession.upsert({
    where: { id: sid },
    create: { id: sid, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    update: {},
  });
  await db.endedSession.deleteMany({ where: { expiresAt: { lt: now } } });
}

export async function isSessionEnded(sid: string | undefined): Promise<boolean> {
  if (!sid) return true;
  return (await db.endedSession.count({ where: { id: sid } })) > 0;
}
