import "server-only";
import { assertRole, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubscriberStatus } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/locales";
import { recordAudit } from "@/lib/data/admin/audit/record";

export const SUBSCRIBERS_PAGE_SIZE = 50;

export interface SubscriberRow {
  id: string;
  email: string;
  locale: AppLocale;
  status: SubscriberStatus;
  consentAt: string | null;
  consentVersion: string | null;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
  createdAt: string;
}

const subscriberSelect = {
  id: true,
  email: true,
  locale: true,
  status: true,
  consentAt: true,
  consentVersion: true,
  confirmedAt: true,
  unsubscribedAt: true,
  createdAt: true,
} satisfies Prisma.NewsletterSubscriberSelect;

type Row = Prisma.NewsletterSubscriberGetPayload<{ select: typeof subscriberSelect }>;

function toRow(row: Row): SubscriberRow {
  return {
    ...row,
    locale: row.locale as AppLocale,
    consentAt: row.consentAt?.toISOString() ?? null,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    unsubscribedAt: row.unsubscribedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

function where(filter: { q?: string; status?: SubscriberStatus }): Prisma.NewsletterSubscriberWhereInput {
  return {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.q ? { email: { contains: filter.q.toLowerCase() } } : {}),
  };
}

// Subscribers are personal data: only administrators list, export or erase them.
export async function listSubscribers(
  viewer: Viewer | null,
  filter: { q?: string; status?: SubscriberStatus; page: number },
): Promise<{ rows: SubscriberRow[]; total: number }> {
  assertRole(viewer, ["ADMIN"]);
  const [rows, total] = await Promise.all([
    db.newsletterSubscriber.findMany({
      where: where(filter),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * SUBSCRIBERS_PAGE_SIZE,
      take: SUBSCRIBERS_PAGE_SIZE,
      select: subscriberSelect,
    }),
    db.newsletterSubscriber.count({ where: where(filter) }),
  ]);
  return { rows: rows.map(toRow), total };
}

const CSV_COLUMNS = [
  "email",
  "locale",
  "status",
  "consentAt",
  "consentVersion",
  "confirmedAt",
  "unsubscribedAt",
  "createdAt",
] as const satisfies readonly (keyof SubscriberRow)[];

// Every subscriber as CSV (RFC 4180), with what they consented to and when.
export async function subscribersCsv(viewer: Viewer | null): Promise<string> {
  const admin = assertRole(viewer, ["ADMIN"]);
  const rows = await db.newsletterSubscriber.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: subscriberSelect,
  });
  await recordAudit(db, {
    userId: admin.id,
    action: "newsletter.export",
    entityType: "subscriber",
    data: { rows: rows.length },
  });
  const lines = [CSV_COLUMNS.join(",")];
  for (const row of rows.map(toRow)) lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(","));
  // The byte-order mark makes Excel read the file as UTF-8 (Polish and Russian letters).
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function csvCell(value: string | null): string {
  if (value === null) return "";
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

// Erases a subscriber completely: the row, their queued and sent deliveries, and the sign-up
// counter kept for their address. The audit log records that it happened, not who it was.
export async function eraseSubscriber(viewer: Viewer | null, id: string): Promise<boolean> {
  const admin = assertRole(viewer, ["ADMIN"]);
  return db.$transaction(async (tx) => {
    const subscriber = await tx.newsletterSubscriber.findUnique({ where: { id }, select: { email: true } });
    if (!subscriber) return false;
    await tx.newsletterSubscriber.delete({ where: { id } });
    await tx.$executeRaw`DELETE FROM rate_limits WHERE key = ${`newsletter-address:${subscriber.email}`}`;
    await recordAudit(tx, { userId: admin.id, action: "newsletter.erase", entityType: "subscriber", entityId: id });
    return true;
  });
}
