import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEntry {
  /** Who did it; absent for the system (the scheduler, the first start). */
  userId?: string | null;
  /** "entity.verb", e.g. "post.update". */
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
  ip?: string | null;
}

// The client or transaction an entry is written with.
interface AuditWriter {
  auditLog: { create(args: { data: Prisma.AuditLogUncheckedCreateInput }): PromiseLike<unknown> };
}

// Writes one entry of the audit log with the caller's client, inside its transaction when it has
// one. Imports no client itself, so scripts outside Next write the same entries.
export async function recordAudit(client: AuditWriter, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({ data: entry });
}
