import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AuthorizationError, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, locales, sourceLocale } from "@/lib/i18n/locales";
import { personName } from "@/lib/format";
import { type ImageDto, mediaUrl, toImage } from "@/lib/data/media";

export const MEDIA_PAGE_SIZE = 24;

// Where an item is used; any use blocks deletion (the foreign keys would silently set it to null).
export interface MediaUsage {
  postCovers: number;
  /** Posts whose text shows the image (an <img> pointing at the file or one of its variants). */
  postBodies: number;
  clusterLogos: number;
  agreementDocuments: number;
}

export interface MediaLibraryItem {
  id: string;
  kind: "IMAGE" | "DOCUMENT";
  fileName: string;
  mimeType: string;
  size: number;
  width: number | null;
  height: number | null;
  createdAt: string;
  uploadedBy: string | null;
  url: string;
  /** The thumbnail with its srcset; null for documents. */
  image: ImageDto | null;
  alts: Partial<Record<AppLocale, string>>;
  usage: MediaUsage;
}

export type MediaAltTexts = Partial<Record<AppLocale, string>>;

// Who may use the library, and which part of it: editors all of it, a member only the files its
// own cluster uploaded (scoped in every where clause, so another cluster's ids find nothing).
export function libraryUser(viewer: Viewer | null): { user: Viewer; scope: { clusterId?: string } } {
  if (viewer && EDITOR_ROLES.includes(viewer.role)) return { user: viewer, scope: {} };
  if (viewer?.role === "MEMBER" && viewer.clusterId) return { user: viewer, scope: { clusterId: viewer.clusterId } };
  throw new AuthorizationError();
}

type QueryClient = Pick<Prisma.TransactionClient, "$queryRaw">;

// Counts posts whose body embeds each item: the rich-text editor stores images as plain /media/ URLs, not keys.
export async function postBodyUsage(client: QueryClient, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  // The stem (the key without its extension) matches the original and every variant; it holds a random part.
  const rows = await client.$queryRaw<{ id: string; posts: number }[]>`
    SELECT m.id, count(DISTINCT t."postId")::int AS posts
      FROM "Media" m
      JOIN "PostTranslation" t ON strpos(t.body, ${mediaUrl("")}::text || regexp_replace(m.path, '[.][a-z0-9]+$', '')) > 0
     WHERE m.id = ANY(${ids}::text[])
     GROUP BY m.id`;
  return new Map(rows.map((row) => [row.id, row.posts]));
}

export const usageCount = { select: { postCovers: true, clusterLogos: true, agreementDocs: true } } as const;

export function usageOf(
  counts: { postCovers: number; clusterLogos: number; agreementDocs: number },
  postBodies: number,
): MediaUsage {
  return {
    postCovers: counts.postCovers,
    postBodies,
    clusterLogos: counts.clusterLogos,
    agreementDocuments: counts.agreementDocs,
  };
}

// True when something on the site shows the item.
export function isInUse(usage: MediaUsage): boolean {
  return Object.values(usage).some((count) => count > 0);
}

export function cleanAlts(alts: MediaAltTexts): MediaAltTexts {
  const clean: MediaAltTexts = {};
  for (const locale of locales) {
    const alt = alts[locale]?.trim();
    if (alt) clean[locale] = alt;
  }
  return clean;
}

// The media library, newest first, with descriptions per language and where each item is used
// (editors; a member sees its own cluster's files).
export async function listMediaLibrary(
  viewer: Viewer | null,
  options: { kind?: "IMAGE" | "DOCUMENT"; page?: number; locale?: AppLocale },
): Promise<{ rows: MediaLibraryItem[]; total: number }> {
  const { scope } = libraryUser(viewer);
  const where = { ...scope, ...(options.kind ? { kind: options.kind } : {}) };
  const page = options.page ?? 1;
  const [media, total] = await Promise.all([
    db.media.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MEDIA_PAGE_SIZE,
      take: MEDIA_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        path: true,
        fileName: true,
        mimeType: true,
        size: true,
        width: true,
        height: true,
        variants: true,
        createdAt: true,
        uploadedBy: { select: { name: true, email: true } },
        translations: { select: { locale: true, alt: true } },
        _count: usageCount,
      },
    }),
    db.media.count({ where }),
  ]);
  const ids = media.map((m) => m.id);
  const bodies = await postBodyUsage(db, ids);
  return {
    total,
    rows: media.map((m) => ({
      id: m.id,
      kind: m.kind,
      fileName: m.fileName,
      mimeType: m.mimeType,
      size: m.size,
      width: m.width,
      height: m.height,
      createdAt: m.createdAt.toISOString(),
      uploadedBy: personName(m.uploadedBy),
      url: mediaUrl(m.path),
      image: m.kind === "IMAGE" ? toImage(m, options.locale ?? sourceLocale) : null,
      alts: Object.fromEntries(m.translations.map((t) => [t.locale, t.alt])),
      usage: usageOf(m._count, bodies.get(m.id) ?? 0),
    })),
  };
}
