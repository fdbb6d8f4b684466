"use server";

import { getTranslations } from "next-intl/server";
import { getViewer, isEditor } from "@/lib/auth/viewer";
import { formLocale } from "@/lib/validation/account";
import type { FormState } from "@/lib/validation/form";
import { deleteMediaStep, updateMediaTextStep, uploadMediaStep } from "./media-steps";

async function refused(formData: FormData): Promise<FormState> {
  const t = await getTranslations({ locale: formLocale(formData), namespace: "Admin" });
  return { status: "error", message: t("forbiddenAction") };
}

// Uploads a file (image or PDF) with its descriptions to the media library.
export async function uploadMediaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  return isEditor(viewer) ? uploadMediaStep(viewer, formData, "/admin/media") : refused(formData);
}

// Saves the descriptions of a library item in every language.
export async function updateMediaTextAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  return isEditor(viewer) ? updateMediaTextStep(viewer, formData, "/admin/media") : refused(formData);
}

// Deletes a library item and its files, refusing while a post, cluster or agreement uses it.
export async function deleteMediaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  return isEditor(viewer) ? deleteMediaStep(viewer, formData, "/admin/media") : refused(formData);
}
