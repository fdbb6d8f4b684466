import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AuthorizationError, isEditor, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { personName } from "@/lib/format";
import { htmlToDiffText } from "@/lib/html-text";
import { type AppLocale, isLocale } from "@/lib/i18n/locales";
import { type AgreementSnapshot, agreementSnapshotSchema } from "../agreements/snapshot";
import { type ClusterSnapshot, clusterSnapshotSchema } from "../clusters/snapshot";
import { type PostSnapshot, postSnapshotSchema } from "../posts/snapshot";

// Each entity's stored snapshot, read through its schema.
const snapshotSchemas = {
  post: postSnapshotSchema,
  cluster: clusterSnapshotSchema,
  agreement: agreementSnapshotSchema,
} as const;

export type RevisionEntity = keyof typeof snapshotSchemas;

interface SnapshotOf {
  post: PostSnapshot;
  cluster: ClusterSnapshot;
  agreement: AgreementSnapshot;
}

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

// Who may read and restore an entity's versions: an editor any entity's, a member only its own
// cluster's. Decided here, from the viewer and the entity, never by the caller.
function assertRevisionAccess(viewer: Viewer | null, entity: { type: RevisionEntity; id: string }): Viewer {
  if (isEditor(viewer)) return viewer;
  if (viewer?.role === "MEMBER" && entity.type === "cluster" && viewer.clusterId === entity.id) return viewer;
  throw new AuthorizationError();
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

// A stored snapshot for restoring it, checked by its entity's schema (null when there is no such
// version, or what is stored is not a snapshot of that entity).
export async function getRevisionSnapshot<Type extends RevisionEntity>(
  viewer: Viewer | null,
  entity: { type: Type; id: string; version: number },
): Promise<SnapshotOf[Type] | null> {
  assertRevisionAccess(viewer, entity);
  const revision = await db.revision.findUnique({
    where: { entityType_entityId_version: { entityType: entity.type, entityId: entity.id, version: entity.version } },
    select: { snapshot: true },
  });
  if (!revision) return null;
  const parsed = snapshotSchemas[entity.type].safeParse(revision.snapshot);
  if (!parsed.success) {
    console.error(`revision ${entity.type} ${entity.id} v${entity.version} is not a valid snapshot`, parsed.error);
    return null;
  }
  return parsed.data as SnapshotOf[Type];
}

// Every saved version of an entity, newest first, each with its changes against the one before.
export async function getRevisionHistory(
  viewer: Viewer | null,
  entity: { type: RevisionEntity; id: string },
): Promise<RevisionEntry[]> {
  assertRevisionAccess(viewer, entity);
  const revisions = await db.revision.findMany({
    where: { entityType: entity.type, entityId: entity.id },
    orderBy: { version: "asc" },
    select: { version: true, createdAt: true, snapshot: true, author: { select: { name: true, email: true } } },
  });
  // Read through the schema, so that a field added later is no change; kept as stored if it does not parse.
  const schema = snapshotSchemas[entity.type];
  const snapshots = revisions.map((r) => {
    const parsed = schema.safeParse(r.snapshot);
    return parsed.success ? parsed.data : r.snapshot;
  });
  return revisions
    .map((r, i) => ({
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      author: personName(r.author),
      changes: i > 0 ? diffSnapshots(snapshots[i - 1], snapshots[i]) : null,
    }))
    .reverse();
}
