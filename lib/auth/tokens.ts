import "server-only";
import { db } from "@/lib/db";
import { hashToken } from "./token-issue";
import { recordAudit } from "@/lib/data/admin/audit/record";

export { hashToken, issueToken, TOKEN_LIFETIME_MS } from "./token-issue";

// Whether a token is still usable (for showing the set-password form).
export async function findUsableToken(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return db.userToken.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: new Date() }, user: { disabledAt: null } },
    select: { id: true, purpose: true, user: { select: { id: true, email: true, name: true, locale: true } } },
  });
}

// Sets a password through a token, once: the token is spent and older sessions end.
export async function setPasswordWithToken(token: string, passwordHash: string): Promise<{ userId: string } | null> {
  const tokenHash = hashToken(token);
  return db.$transaction(async (tx) => {
    const spent = await tx.userToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() }, user: { disabledAt: null } },
      data: { usedAt: new Date() },
    });
    if (spent.count !== 1) return null;
    const row = await tx.userToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true, purpose: true } });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // Any other open link of this user is void once a password has been chosen.
    await tx.userToken.deleteMany({ where: { userId: row.userId, usedAt: null } });
    await recordAudit(tx, {
      userId: row.userId,
      action: row.purpose === "INVITE" ? "user.acceptInvite" : "user.resetPassword",
      entityType: "user",
      entityId: row.userId,
    });
    return { userId: row.userId };
  });
}
