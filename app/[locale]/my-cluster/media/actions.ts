"use server";

import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { isClusterMember } from "@/lib/data/admin/clusters/access";
import { formLocale } from "@/lib/validation/account";
import type { FormState } from "@/lib/validation/form";
import { deleteMediaStep, updateMediaTextStep, uploadMediaStep } from "../../admin/media/media-steps";

async function refused(formData: FormData): Promise<FormState> {
  const t = await getTranslations({ locale: formLocale(formData), namespace: "Admin" });
  return { status: "error", message: t("forbiddenAction") };
}

// Uploads an image or PDF that belongs to the member's cluster.
export async function uploadMyMediaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  return isClusterMember(viewer) ? uploadMediaStep(viewer, formData, "/my-cluster/media") : refused(formData);
}

// Saves the descriptions of one of the cluster's files.
export async function updateMyMediaTextAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  return isClusterMember(viewer) ? updateMediaTextStep(viewer, formData, "/my-cluster/media") : refused(formData);
}

// Deletes one of the cluster's files unless the site uses it.
export async function deleteMyMediaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  return isClusterMember(viewer) ? deleteMediaStep(viewer, formData, "/my-cluster/media") : refused(formData);
}
