import type { Viewer } from "../../lib/auth/viewer";
import type { Db } from "../../lib/prisma-client";

// What a request to Next did and who sent it, as tests/support/next-runtime.ts simulates it:
// expired tags and revalidated paths, redirects, work scheduled after the response, the client's
// address and the session cookie.

export const effects = { revalidated: [] as string[], redirected: [] as string[] };
// How often the tag every cached page carries was expired (lib/data/cache.ts), apart from the data tags.
export const pageExpiries = { count: 0 };
export const request = { ip: "192.0.2.1", after: [] as Promise<unknown>[] };
export const session = { user: null as { id: string; sessionVersion: number; sid: string } | null };

// The session cookie of `viewer` (or none): its id, the password version it was issued for and a
// session id of its own (a new sign-in each time).
export async function signInAs(db: Db, viewer: Viewer | null): Promise<void> {
  if (!viewer) {
    session.user = null;
    return;
  }
  const { sessionVersion } = await db.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: { sessionVersion: true },
  });
  session.user = { id: viewer.id, sessionVersion, sid: crypto.randomUUID() };
}

// Waits for the work actions scheduled after their response (e-mails, sign-up bookkeeping).
export async function afterResponse(): Promise<void> {
  await Promise.all(request.after.splice(0));
}
