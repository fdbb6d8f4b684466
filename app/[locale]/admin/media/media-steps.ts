import "server-only";
import { revalidatePath } from "next/cache";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/viewer";
import { usagePlaces } from "@/components/admin/media/media-usage";
import { deleteMedia, updateMediaText, uploadMedia } from "@/lib/data/admin/media/save";
import { expireTags } from "@/lib/data/cache";
import { env } from "@/lib/env";
import { MAX_PIXELS } from "@/lib/media/process";
import { formLocale } from "@/lib/validation/account";
import { fieldErrors, type FormState, submittedValues } from "@/lib/validation/form";
import { mediaAltsInput, mediaIdSchema, mediaTextSchema, mediaUploadSchema } from "@/lib/validation/media";

// The media library's form handling, shared by the editors' library and a member cluster's own
// files: the actions check who is asking, the data layer decides which files they reach.

// Alt texts appear on public pages (covers, logos, documents), and the library page lists the change.
function refresh(page: string): void {
  expireTags("posts", "clusters", "agreements");
  revalidatePath(page);
}

// Uploads a file (image or PDF) with its descriptions to the media library.
export async function uploadMediaStep(viewer: Viewer, formData: FormData, page: string): Promise<FormState> {
  const locale = formLocale(formData);
  const values = submittedValues(formData);
  const t = await getTranslations({ locale, namespace: "AdminMedia" });
  const tv = await getTranslations({ locale, namespace: "Validation" });
  const parsed = mediaUploadSchema.safeParse({ file: formData.get("file"), alts: mediaAltsInput(formData) });
  if (!parsed.success) {
    return { status: "error", message: t("notUploaded"), errors: fieldErrors(parsed.error, tv), values };
  }
  const { file, alts } = parsed.data;
  const result = await uploadMedia(viewer, {
    bytes: new Uint8Array(await file.arrayBuffer()),
    fileName: file.name,
    alts,
  });
  if (result.ok) {
    refresh(`/${locale}${page}`);
    return { status: "ok", message: t("uploaded", { fileName: file.name }) };
  }
  if (result.error === "altRequired") {
    return { status: "error", message: t("notUploaded"), errors: { "alts.pl": tv("altRequired") }, values };
  }
  const maxBytes = env().MEDIA_MAX_BYTES;
  // Within the byte limit, "too large" means too many pixels (a decompression bomb or a huge scan).
  const fileError =
    result.error === "tooLarge" && file.size <= maxBytes
      ? t("errors.tooManyPixels", { megapixels: MAX_PIXELS / 1_000_000 })
      : t(`errors.${result.error}`, { maxMb: maxBytes / 1024 / 1024 });
  return { status: "error", message: t("notUploaded"), errors: { file: fileError }, values };
}

// Saves the descriptions of a library item in every language.
export async function updateMediaTextStep(viewer: Viewer, formData: FormData, page: string): Promise<FormState> {
  const locale = formLocale(formData);
  const values = submittedValues(formData);
  const t = await getTranslations({ locale, namespace: "AdminMedia" });
  const tv = await getTranslations({ locale, namespace: "Validation" });
  const parsed = mediaTextSchema.safeParse({ id: formData.get("id"), alts: mediaAltsInput(formData) });
  if (!parsed.success) {
    return { status: "error", message: t("notSaved"), errors: fieldErrors(parsed.error, tv), values };
  }
  const result = await updateMediaText(viewer, parsed.data.id, { alts: parsed.data.alts });
  if (!result.ok) {
    if (result.error === "altRequired") {
      return { status: "error", message: t("notSaved"), errors: { "alts.pl": tv("altRequired") }, values };
    }
    const tAdmin = await getTranslations({ locale, namespace: "Admin" });
    return { status: "error", message: tAdmin("notFound") };
  }
  refresh(`/${locale}${page}`);
  return { status: "ok", message: t("saved") };
}

// Deletes a library item and its files, refusing while a post, cluster or agreement uses it.
export async function deleteMediaStep(viewer: Viewer, formData: FormData, page: string): Promise<FormState> {
  const locale = formLocale(formData);
  const id = mediaIdSchema.safeParse(formData.get("id"));
  if (!id.success) {
    const tAdmin = await getTranslations({ locale, namespace: "Admin" });
    return { status: "error", message: tAdmin("notFound") };
  }
  const result = await deleteMedia(viewer, id.data);
  if (!result.ok) {
    if (result.error === "inUse") {
      const t = await getTranslations({ locale, namespace: "AdminMedia" });
      const format = await getFormatter({ locale });
      return { status: "error", message: t("inUse", { places: format.list(usagePlaces(result.usage, t)) }) };
    }
    const tAdmin = await getTranslations({ locale, namespace: "Admin" });
    return { status: "error", message: tAdmin("notFound") };
  }
  refresh(`/${locale}${page}`);
  const t = await getTranslations({ locale, namespace: "AdminMedia" });
  return { status: "ok", message: t("deleted") };
}
