import { createHash, randomBytes } from "node:crypto";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/prisma-client";

// Invitation links live 72 hours, password-reset links one hour.
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  INVITE: 72 * 60 * 60 * 1000,
  RESET: 60 * 60 * 1000,
};

// Only this digest is stored: a leaked database row cannot be turned back into a link.
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

// Creates a single-use link token for a user, replacing any unused one of the same purpose.
export async function issueToken(
  userId: string,
  purpose: TokenPurpose,
  createdById: string | null,
  client: Db,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await client.$transaction([
    client.userToken.deleteMany({ where: { userId, purpose, usedAt: null } }),
    client.userToken.create({
      data: {
        userId,
        purpose,
        createdById,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]),
      },
    }),
  ]);
  return token;
}
