import "server-only";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { htmlToDiffText } from "@/lib/html-text";
import { type AppLocale, locales } from "@/lib/i18n/locales";
import type { PostSnapshot, PostTranslationSnapshot } from "./post-snapshot";

export interface FieldChange {
  field: string;
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

const postFields = ["status", "publishedAt", "authorName", "coverId", "agreementId", "tagIds", "clusterIds"] as const;
const translationFields = ["title", "slug", "excerpt", "body", "seoTitle", "seoDescription", "publish"] as const;

function asText(value: unknown, field: string): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(", ");
  if (field === "body" && typeof value === "string") return htmlToDiffText(value);
  return String(value);
}

// What changed between two saved states of a post, field by field and language by language.
export function diffSnapshots(before: PostSnapshot, after: PostSnapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of postFields) {
    const a = asText(before[field], field);
    const b = asText(after[field], field);
    if (a !== b) changes.push({ field, locale: null, before: a, after: b });
  }
  for (const locale of locales) {
    const a: Partial<PostTranslationSnapshot> = before.translations[locale] ?? {};
    const b: Partial<PostTranslationSnapshot> = after.translations[locale] ?? {};
    for (const field of translationFields) {
      const x = asText(a[field], field);
      const y = asText(b[field], field);
      if (x !== y) changes.push({ field, locale, before: x, after: y });
    }
  }
  return changes;
}

// Every saved version of a post, newest first, each with its changes against the one before.
export async function getPostHistory(viewer: Viewer | null, postId: string): Promise<RevisionEntry[]> {
  assertRole(viewer, EDITOR_ROLES);
  const revisions = await db.revision.findMany({
    where: { entityType: "post", entityId: postId },
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
        changes: previous
          ? diffSnapshots(previous.snapshot as unknown as PostSnapshot, r.snapshot as unknown as PostSnapshot)
          : null,
      };
    })
    .reverse();
}
