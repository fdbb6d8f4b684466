import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { htmlToDiffText } from "@/lib/html-text";
import { type AppLocale, isLocale } from "@/lib/i18n/locales";

export type RevisionEntity = "post" | "cluster" | "agreement";

export interface FieldChange {
  /** Last path segment, e.g. "title"; labels are looked up by it. */
  field: string;
  /** The full path, e.g. "translations.en.title" or "parties.0.signatoryName". */
  path: string;
  locale: AppLocale | null;
  before: string;
  after: string;
}

export interface RevisionEntry {
  version: number;
  createdAt: string;
  author: string | null;
  changes: FieldChange[] | null; // null for the first version
}

const HTML_FIELDS = new Set(["body", "description"]);

// A snapshot as "path → text" pairs: nested objects by dots, lists of scalars joined, HTML as text.
export function flattenSnapshot(value: unknown, prefix = "", out: Record<string, string> = {}): Record<string, string> {
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) {
    out[prefix] = value.join(", ");
  } else if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) flattenSnapshot(inner, prefix ? `${prefix}.${key}` : key, out);
  } else {
    const field = prefix.split(".").pop() ?? prefix;
    out[prefix] =
      value === null || value === undefined
        ? ""
        : HTML_FIELDS.has(field) && typeof value === "string"
          ? htmlToDiffText(value)
          : String(value);
  }
  return out;
}

// What changed between two snapshots, path by path (a language's fields carry its locale).
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const a = flattenSnapshot(before);
  const b = flattenSnapshot(after);
  const paths = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return paths
    .filter((path) => (a[path] ?? "") !== (b[path] ?? ""))
    .map((path) => {
      const segments = path.split(".");
      const locale = segments.find((s) => isLocale(s)) ?? null;
      return {
        field: segments[segments.length - 1] ?? path,
        path,
        locale: locale as AppLocale | null,
        before: a[path] ?? "",
        after: b[path] ?? "",
      };
    });
}

// Records one saved state (inside the saving transaction).
export async function recordRevision(
  tx: Prisma.TransactionClient,
  entity: { type: RevisionEntity; id: string; version: number },
  snapshot: object,
  authorId: string | null,
): Promise<void> {
  await tx.revision.create({
    data: { entityType: entity.type, entityId: entity.id, version: entity.version, snapshot, authorId },
  });
}

// A stored snapshot, for restoring it.
export async function getRevisionSnapshot(
  viewer: Viewer | null,
  roles: readonly Role[],
  entity: { type: RevisionEntity; id: string; version: number },
): Promise<unknown | null> {
  assertRole(viewer, roles);
  const revision = await db.revision.findUnique({
    where: { entityType_entityId_version: { entityType: entity.type, entityId: entity.id, version: entity.version } },
    select: { snapshot: true },
  });
  return revision?.snapshot ?? null;
}

// Every saved version of an entity, newest first, each with its changes against the one before.
export async function getRevisionHistory(
  viewer: Viewer | null,
  roles: readonly Role[],
  entity: { type: RevisionEntity; id: string },
): Promise<RevisionEntry[]> {
  assertRole(viewer, roles);
  const revisions = await db.revision.findMany({
    where: { entityType: entity.type, entityId: entity.id },
    orderBy: { version: "asc" },
    select: { version: true, createdAt: true, snapshot: true, author: { select: { name: true, email: true } } },
  });
  return revisions
    .map((r, i) => {
      const previous = revisions[i - 1];
      return {
        version: r.version,
        createdAt: r.createdAt.toISOString(),
        author: r.author ? (r.author.name ?? r.author.email) : null,
        changes: previous ? diffSnapshots(previous.snapshot, r.snapshot) : null,
      };
    })
    .reverse();
}
