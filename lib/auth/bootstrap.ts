import { getPathname } from "@/lib/i18n/navigation";
import type { Db } from "@/lib/prisma-client";
import { issueToken } from "./token-issue";
import { recordAudit } from "@/lib/data/admin/audit/record";

// The first administrator: until some admin has a password, every start creates (once) an
// admin account and prints a fresh 72-hour link to choose its password.
export async function firstAdminLink(db: Db, siteUrl: string, email: string): Promise<string | null> {
  const ready = await db.user.count({ where: { role: "ADMIN", passwordHash: { not: null }, disabledAt: null } });
  if (ready > 0) return null;
  const admin =
    (await db.user.findFirst({ where: { role: "ADMIN", disabledAt: null }, orderBy: { createdAt: "asc" } })) ??
    (await db.user.create({
      data: { email: email.toLowerCase(), name: "Administrator", role: "ADMIN", locale: "pl" },
    }));
  const token = await issueToken(admin.id, "INVITE", null, db);
  await recordAudit(db, { action: "user.bootstrapAdmin", entityType: "user", entityId: admin.id });
  return new URL(getPathname({ locale: "pl", href: `/set-password?token=${token}` }), siteUrl).toString();
}
