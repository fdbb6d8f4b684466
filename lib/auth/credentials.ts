import "server-only";
import type { Role } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { verifyPassword } from "./password";
import {
  ACCOUNT_MAX_FAILURES,
  accountAttempts,
  clearSignInFailures,
  refundSignInAttempt,
  reserveSignInAttempt,
  signInThrottle,
} from "./throttle";
import { recordAudit } from "@/lib/data/admin/audit/record";
import { signInSchema } from "@/lib/validation/account";

// What the session cookie carries about the user.
export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  clusterId: string | null;
  sessionVersion: number;
}

export type SignInFailure = "invalid" | "locked" | "throttled";
export type SignInResult =
  { ok: true; user: SessionUser } | { ok: false; reason: SignInFailure; retryAfterSeconds?: number };

// Checks e-mail and password, honouring the lockout; never tells whether the e-mail exists.
export async function verifyCredentials(input: unknown, ip: string | null): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  // The attempt is counted before the password is checked (see reserveSignInAttempt).
  const throttle = await reserveSignInAttempt(email, ip);
  if (throttle.kind !== "open")
    return { ok: false, reason: throttle.kind, retryAfterSeconds: throttle.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      clusterId: true,
      sessionVersion: true,
      disabledAt: true,
      passwordHash: true,
    },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || user.disabledAt) {
    // The attempt that reaches the limit already reports the lock.
    const after = await signInThrottle(email, ip);
    if (after.kind !== "open") return { ok: false, reason: after.kind, retryAfterSeconds: after.retryAfterSeconds };
    return { ok: false, reason: "invalid" };
  }

  // Other attempts for this account passed the limit while this one was checked (a burst of
  // guesses): the lock wins, even over the right password.
  if ((await accountAttempts(email)) > ACCOUNT_MAX_FAILURES) {
    const locked = await signInThrottle(email, ip);
    return { ok: false, reason: "locked", retryAfterSeconds: locked.kind === "open" ? 1 : locked.retryAfterSeconds };
  }
  await clearSignInFailures(email);
  await refundSignInAttempt(ip);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit(db, { userId: user.id, action: "user.signIn", entityType: "user", entityId: user.id, ip });
  const { id, name, role, clusterId, sessionVersion } = user;
  return { ok: true, user: { id, email: user.email, name, role, clusterId, sessionVersion } };
}

// The client's address for the per-IP limits and the audit log. The web server (scripts/server.ts)
// has replaced X-Forwarded-For with the one address lib/client-address.ts decided; no header the
// client sent survives to here.
export function clientIp(headers: Headers): string | null {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}
