import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, locales, sourceLocale } from "@/lib/i18n/locales";
import { deleteUpload, processUpload, storeUpload, type UploadError } from "@/lib/media/process";
import { recordAudit } from "../audit/record";
import {
  cleanAlts,
  isInUse,
  libraryUser,
  type MediaAltTexts,
  type MediaUsage,
  postBodyUsage,
  usageCount,
  usageOf,
} from "./queries";

export interface MediaUploadInput {
  bytes: Uint8Array;
  fileName: string;
  alts: MediaAltTexts;
}

export type UploadMediaResult = { ok: true; id: string } | { ok: false; error: UploadError | "altRequired" };
export type UpdateMediaTextResult = { ok: true } | { ok: false; error: "notFound" | "altRequired" };
export type DeleteMediaResult =
  { ok: true } | { ok: false; error: "notFound" } | { ok: false; error: "inUse"; usage: MediaUsage };

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
      await recordAudit(tx, {
        userId: uploader.id,
        action: "media.upload",
        entityType: "media",
        entityId: media.id,
        data: { fileName: upload.fileName, kind: upload.kind, size: upload.size },
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
      await recordAudit(tx, {
        userId: editor.id,
        action: "media.update",
        entityType: "media",
        entityId: id,
        data: { fileName: media.fileName, locales: changed },
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
    await recordAudit(tx, {
      userId: editor.id,
      action: "media.delete",
      entityType: "media",
      entityId: id,
      data: { fileName: media.fileName, kind: media.kind, path: media.path },
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
