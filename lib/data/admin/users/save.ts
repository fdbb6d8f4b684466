import "server-only";
import { assertRole, type Viewer } from "@/lib/auth/viewer";
import { sendInvitationEmail, sendPasswordResetEmail } from "@/lib/auth/emails";
import { issueToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/locales";
import type { InviteUserInput } from "@/lib/validation/users";
import { recordAudit } from "../audit/record";

export type InviteResult = { ok: true; userId: string } | { ok: false; error: "emailTaken" | "clusterMissing" };

// Creates an account without a password and e-mails a 72-hour link to choose one.
export async function inviteUser(viewer: Viewer | null, input: InviteUserInput): Promise<InviteResult> {
  const admin = assertRole(viewer, ["ADMIN"]);
  if (input.clusterId && !(await db.cluster.findUnique({ where: { id: input.clusterId }, select: { id: true } }))) {
    return { ok: false, error: "clusterMissing" };
  }
  return createInvitation(admin, input);
}

// The invitation itself, for a caller that has authorized the inviter for this role and cluster
// (an admin, or a cluster's member or an editor inviting a co-editor of that cluster).
export async function createInvitation(
  inviter: Viewer,
  input: InviteUserInput,
  clusterName?: string,
): Promise<InviteResult> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return { ok: false, error: "emailTaken" };
  const user = await db.user.create({
    data: { email: input.email, name: input.name, role: input.role, clusterId: input.clusterId, locale: input.locale },
  });
  const token = await issueToken(user.id, "INVITE", inviter.id, db);
  await recordAudit(db, {
    userId: inviter.id,
    action: "user.invite",
    entityType: "user",
    entityId: user.id,
    data: { email: user.email, role: user.role, cluster: input.clusterId },
  });
  await sendInvitationEmail(
    { email: user.email, locale: input.locale },
    token,
    inviter.name ?? inviter.email,
    clusterName,
  );
  return { ok: true, userId: user.id };
}

// Sends a fresh invitation to an account that has not chosen a password yet.
export async function resendInvitation(viewer: Viewer | null, userId: string): Promise<boolean> {
  const admin = assertRole(viewer, ["ADMIN"]);
  const user = await db.user.findFirst({
    where: { id: userId, passwordHash: null, disabledAt: null },
    select: { id: true, email: true, locale: true },
  });
  if (!user) return false;
  const token = await issueToken(user.id, "INVITE", admin.id, db);
  await recordAudit(db, { userId: admin.id, action: "user.reinvite", entityType: "user", entityId: user.id });
  await sendInvitationEmail(user, token, admin.name ?? admin.email);
  return true;
}

// Disables or re-enables an account; a disabled account's sessions stop at once.
export async function setUserDisabled(viewer: Viewer | null, userId: string, disabled: boolean): Promise<boolean> {
  const admin = assertRole(viewer, ["ADMIN"]);
  if (userId === admin.id) return false;
  const { count } = await db.user.updateMany({
    where: { id: userId, disabledAt: disabled ? null : { not: null } },
    data: { disabledAt: disabled ? new Date() : null, sessionVersion: { increment: 1 } },
  });
  if (count === 1) {
    // Open invitation or reset links must not work again if the account is re-enabled.
    if (disabled) await db.userToken.deleteMany({ where: { userId, usedAt: null } });
    await recordAudit(db, {
      userId: admin.id,
      action: disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: userId,
    });
  }
  return count === 1;
}

// Sends a one-hour reset link if the address belongs to an active account; the caller
// answers the same either way. At most three links per account and hour.
export async function requestPasswordReset(email: string, locale: AppLocale): Promise<void> {
  const user = await db.user.findFirst({ where: { email, disabledAt: null }, select: { id: true, email: true } });
  if (!user) return;
  const recent = await db.auditLog.count({
    where: { entityId: user.id, action: "user.requestReset", createdAt: { gt: new Date(Date.now() - 60 * 60 * 1000) } },
  });
  if (recent >= 3) return;
  const token = await issueToken(user.id, "RESET", null, db);
  await recordAudit(db, { userId: user.id, action: "user.requestReset", entityType: "user", entityId: user.id });
  await sendPasswordResetEmail({ email: user.email, locale }, token);
}
