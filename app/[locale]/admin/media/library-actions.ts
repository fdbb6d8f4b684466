import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { usagePlaces } from "@/components/admin/media/media-usage";
import { formAction, rejected } from "@/lib/actions/form-action";
import { deleteMedia, updateMediaText, uploadMedia } from "@/lib/data/admin/media/save";
import { env } from "@/lib/env";
import { MAX_PIXELS } from "@/lib/media/process";
import { recordSchema } from "@/lib/validation/records";
import { mediaAltsInput, mediaTextSchema, mediaUploadSchema } from "@/lib/validation/media";

// The media library's actions, built once for the editors' library and once for a member
// cluster's own files: the guard says who may ask, the data layer which files they reach.
// Alt texts appear on public pages (covers, logos, documents), and the library page lists the change.
type LibraryGuard = "editor" | "member";

const refresh = (page: string) => ({ expire: ["posts", "clusters", "agreements"] as const, revalidate: [page] });

// Uploads a file (image or PDF) with its descriptions to the media library.
export function uploadMediaAction(guard: LibraryGuard, page: string) {
  return formAction({
    guard,
    schema: mediaUploadSchema,
    input: (formData) => ({ file: formData.get("file"), alts: mediaAltsInput(formData) }),
    messages: { invalid: "AdminMedia.notUploaded" },
    run: async ({ viewer, input: { file, alts }, t }) => {
      const result = await uploadMedia(viewer, {
        bytes: new Uint8Array(await file.arrayBuffer()),
        fileName: file.name,
        alts,
      });
      if (result.ok) return { ok: true, ...refresh(page), message: t("AdminMedia.uploaded", { fileName: file.name }) };
      if (result.error === "altRequired") {
        return rejected(t("AdminMedia.notUploaded"), { "alts.pl": t("Validation.altRequired") });
      }
      const maxBytes = env().MEDIA_MAX_BYTES;
      // Within the byte limit, "too large" means too many pixels (a decompression bomb or a huge scan).
      const fileError =
        result.error === "tooLarge" && file.size <= maxBytes
          ? t("AdminMedia.errors.tooManyPixels", { megapixels: MAX_PIXELS / 1_000_000 })
          : t(`AdminMedia.errors.${result.error}`, { maxMb: maxBytes / 1024 / 1024 });
      return rejected(t("AdminMedia.notUploaded"), { file: fileError });
    },
  });
}

// Saves the descriptions of a library item in every language.
export function updateMediaTextAction(guard: LibraryGuard, page: string) {
  return formAction({
    guard,
    schema: mediaTextSchema,
    input: (formData) => ({ id: formData.get("id"), alts: mediaAltsInput(formData) }),
    messages: { invalid: "AdminMedia.notSaved" },
    run: async ({ viewer, input, t }) => {
      const result = await updateMediaText(viewer, input.id, { alts: input.alts });
      if (result.ok) return { ok: true, ...refresh(page), message: t("AdminMedia.saved") };
      if (result.error === "altRequired") {
        return rejected(t("AdminMedia.notSaved"), { "alts.pl": t("Validation.altRequired") });
      }
      return { ok: false, error: "notFound" };
    },
  });
}

// Deletes a library item and its files, refusing while a post, cluster or agreement uses it.
export function deleteMediaAction(guard: LibraryGuard, page: string) {
  return formAction({
    guard,
    schema: recordSchema,
    messages: { invalid: "Admin.notFound" },
    run: async ({ viewer, input, locale, t }) => {
      const result = await deleteMedia(viewer, input.id);
      if (result.ok) return { ok: true, ...refresh(page), message: t("AdminMedia.deleted") };
      if (result.error === "inUse") {
        const [tMedia, format] = await Promise.all([
          getTranslations({ locale, namespace: "AdminMedia" }),
          getFormatter({ locale }),
        ]);
        return rejected(t("AdminMedia.inUse", { places: format.list(usagePlaces(result.usage, tMedia)) }));
      }
      return { ok: false, error: "notFound" };
    },
  });
}
