import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { AuthorizationError, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, locales, sourceLocale } from "@/lib/i18n/locales";
import { deleteUpload, processUpload, storeUpload, type UploadError } from "@/lib/media/process";
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

export interface MediaUploadInput {
  bytes: Uint8Array;
  fileName: string;
  alts: MediaAltTexts;
}

export type UploadMediaResult = { ok: true; id: string } | { ok: false; error: UploadError | "altRequired" };
export type UpdateMediaTextResult = { ok: true } | { ok: false; error: "notFound" | "altRequired" };
export type DeleteMediaResult =
  { ok: true } | { ok: false; error: "notFound" } | { ok: false; error: "inUse"; usage: MediaUsage };

// Who may use the library, and which part of it: editors all of it, a member only the files its
// own cluster uploaded (scoped in every where clause, so another cluster's ids find nothing).
function libraryUser(viewer: Viewer | null): { user: Viewer; scope: { clusterId?: string } } {
  if (viewer && EDITOR_ROLES.includes(viewer.role)) return { user: viewer, scope: {} };
  if (viewer?.role === "MEMBER" && viewer.clusterId) return { user: viewer, scope: { clusterId: viewer.clusterId } };
  throw new AuthorizationError();
}

type QueryClient = Pick<Prisma.TransactionClient, "$queryRaw">;

// Counts posts whose body embeds each item: the rich-text editor stores images as plain /media/ URLs, not keys.
async function postBodyUsage(client: QueryClient, ids: string[]): Promise<Map<string, number>> {
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

const usageCount = { select: { postCovers: true, clusterLogos: true, agreementDocs: true } } as const;

function usageOf(
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

function cleanAlts(alts: MediaAltTexts): MediaAltTexts {
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
      uploadedBy: m.uploadedBy ? (m.uploadedBy.name ?? m.uploadedBy.email) : null,
      url: mediaUrl(m.path),
      image: m.kind === "IMAGE" ? toImage(m, options.locale ?? sourceLocale) : null,
      alts: Object.fromEntries(m.translations.map((t) => [t.locale, t.alt])),
      usage: usageOf(m._count, bodies.get(m.id) ?? 0),
    })),
  };
}

// Checks, processes and stores an uploaded file, then records it with its descriptions (editors;
// a member's upload belongs to its cluster). Images need a Polish description; nothing is written
// when the upload is refused.
export async function uploadMedia(viewer: Viewer | null, input: MediaUploadInput): Promise<UploadMediaResult> {
  const { user: uploader, scope } = libraryUser(viewer);
  const processed = await processUpload(input.bytes, input.fileName);
  if ("error" in processed) return { ok: false, error: processed.error };
  const alts = cleanAlts(input.alts);
  // The kind is known only now, from the bytes: the form's check relied on the browser's claim.
  if (processed.kind === "IMAGE" && !alts[sourceLocale]) return { ok: false, error: "altRequired" };
  const upload = await storeUpload(processed);
  try {
    const id = await db.$transaction(async (tx) => {
      const media = await tx.media.create({
        data: {
          ...upload,
          uploadedById: uploader.id,
          clusterId: scope.clusterId ?? null,
          translations: { create: Object.entries(alts).map(([locale, alt]) => ({ locale: locale as AppLocale, alt })) },
        },
        select: { id: true },
      });
      await tx.auditLog.create({
        data: {
          userId: uploader.id,
          action: "media.upload",
          entityType: "media",
          entityId: media.id,
          data: { fileName: upload.fileName, kind: upload.kind, size: upload.size },
        },
      });
      return media.id;
    });
    return { ok: true, id };
  } catch (error) {
    // Without its row a stored file is unreachable: remove it, then let the failure surface.
    await deleteUpload(upload);
    throw error;
  }
}

// Replaces an item's descriptions: a language left empty loses its description, and its caption
// with it (editors; members for their cluster's files).
export async function updateMediaText(
  viewer: Viewer | null,
  id: string,
  text: { alts: MediaAltTexts; captions?: MediaAltTexts },
): Promise<UpdateMediaTextResult> {
  const { user: editor, scope } = libraryUser(viewer);
  const alts = cleanAlts(text.alts);
  return db.$transaction(async (tx) => {
    const media = await tx.media.findFirst({
      where: { id, ...scope },
      select: { kind: true, fileName: true, translations: { select: { locale: true, alt: true, caption: true } } },
    });
    if (!media) return { ok: false, error: "notFound" } as const;
    if (media.kind === "IMAGE" && !alts[sourceLocale]) return { ok: false, error: "altRequired" } as const;
    const changed: AppLocale[] = [];
    for (const locale of locales) {
      const old = media.translations.find((t) => t.locale === locale);
      const alt = alts[locale];
      const caption = text.captions ? text.captions[locale]?.trim() || null : (old?.caption ?? null);
      const where = { mediaId_locale: { mediaId: id, locale } };
      if (alt && (!old || old.alt !== alt || old.caption !== caption)) {
        await tx.mediaTranslation.upsert({
          where,
          create: { mediaId: id, locale, alt, caption },
          update: { alt, caption },
        });
        changed.push(locale);
      } else if (!alt && old) {
        await tx.mediaTranslation.delete({ where });
        changed.push(locale);
      }
    }
    if (changed.length) {
      await tx.auditLog.create({
        data: {
          userId: editor.id,
          action: "media.update",
          entityType: "media",
          entityId: id,
          data: { fileName: media.fileName, locales: changed },
        },
      });
    }
    return { ok: true } as const;
  });
}

// Deletes an item and its files, unless something on the site uses it (editors; members for
// their cluster's files).
export async function deleteMedia(viewer: Viewer | null, id: string): Promise<DeleteMediaResult> {
  const { user: editor, scope } = libraryUser(viewer);
  const result = await db.$transaction(async (tx) => {
    // The row lock makes a post or cluster that starts pointing at the item now wait for this decision.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Media" WHERE id = ${id} AND (${scope.clusterId ?? null}::text IS NULL OR "clusterId" = ${scope.clusterId ?? null}) FOR UPDATE`;
    if (locked.length === 0) return { ok: false, error: "notFound" } as const;
    const media = await tx.media.findUniqueOrThrow({
      where: { id },
      select: { path: true, variants: true, fileName: true, kind: true, _count: usageCount },
    });
    const usage = usageOf(media._count, (await postBodyUsage(tx, [id])).get(id) ?? 0);
    if (isInUse(usage)) return { ok: false, error: "inUse", usage } as const;
    await tx.media.delete({ where: { id } });
    await tx.auditLog.create({
      data: {
        userId: editor.id,
        action: "media.delete",
        entityType: "media",
        entityId: id,
        data: { fileName: media.fileName, kind: media.kind, path: media.path },
      },
    });
    return { ok: true, media } as const;
  });
  if (!result.ok) return result;
  try {
    await deleteUpload(result.media);
  } catch (error) {
    // The row is gone and nothing links to the files any more: a leftover file is not worth failing the delete.
    console.error(`media: could not remove the files of ${result.media.path}`, error);
  }
  return { ok: true };
}
