import "server-only";
import { assertRole, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { listOutbox, readOutboxMessage } from "@/lib/mail/outbox";

export interface AuditRow {
  id: string;
  at: string;
  who: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  ip: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

// The audit log, newest first (admins only).
export async function listAuditLog(viewer: Viewer | null, page = 1): Promise<{ rows: AuditRow[]; total: number }> {
  assertRole(viewer, ["ADMIN"]);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        action: true,
        entityType: true,
        entityId: true,
        data: true,
        ip: true,
        user: { select: { name: true, email: true } },
      },
    }),
    db.auditLog.count(),
  ]);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.createdAt.toISOString(),
      who: r.user ? (r.user.name ?? r.user.email) : null,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      summary: summarize(r.data),
      ip: r.ip,
    })),
  };
}

function summarize(data: unknown): string {
  if (!data || typeof data !== "object") return "";
  return Object.entries(data as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" · ")
    .slice(0, 300);
}

// Messages written to the development outbox (admins only).
export async function listOutboxFor(viewer: Viewer | null) {
  assertRole(viewer, ["ADMIN"]);
  return listOutbox(100);
}

// One outbox message (admins only).
export async function readOutboxFor(viewer: Viewer | null, file: string) {
  assertRole(viewer, ["ADMIN"]);
  return readOutboxMessage(file);
}
