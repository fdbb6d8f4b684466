"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getViewer, isEditor } from "@/lib/auth/viewer";
import {
  clusterWriteFromForm,
  restoreClusterRevision,
  saveCluster,
  type SaveClusterResult,
} from "@/lib/data/admin/clusters/save";
import { expireTags } from "@/lib/data/cache";
import type { AppLocale } from "@/lib/i18n/locales";
import { formLocale } from "@/lib/validation/account";
import { clusterFormInput, clusterFormSchema } from "@/lib/validation/clusters";
import { fieldErrors, type FormState, submittedValues } from "@/lib/validation/form";

const idSchema = z.string().min(1).max(40);
const versionSchema = z.coerce.number().int().min(1);

async function refused(locale: AppLocale): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { status: "error", message: t("forbiddenAction") };
}

async function failure(
  result: Exclude<SaveClusterResult, { ok: true }>,
  locale: AppLocale,
  values: Record<string, string>,
): Promise<FormState> {
  const tv = await getTranslations({ locale, namespace: "Validation" });
  const tc = await getTranslations({ locale, namespace: "AdminClusters" });
  switch (result.error) {
    case "conflict":
      return { status: "error", message: tc("conflict"), values };
    case "slugTaken":
      return {
        status: "error",
        message: tc("slugTaken", { slug: result.slug }),
        errors: { slug: tv("clusterSlugTaken") },
        values,
      };
    case "invalid": {
      const errors = Object.fromEntries(Object.entries(result.errors).map(([field, key]) => [field, tv(key)]));
      return { status: "error", message: tc("errorsBelow"), errors, values };
    }
    case "notFound": {
      const tAdmin = await getTranslations({ locale, namespace: "Admin" });
      return { status: "error", message: tAdmin("notFound"), values };
    }
  }
}

// Saves the cluster editor (every language, the profile and contacts at once) and refreshes the public pages.
export async function saveClusterAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isEditor(viewer)) return refused(locale);
  const values = submittedValues(formData);
  const parsed = clusterFormSchema.safeParse(clusterFormInput(formData));
  if (!parsed.success) {
    const tv = await getTranslations({ locale, namespace: "Validation" });
    const tc = await getTranslations({ locale, namespace: "AdminClusters" });
    return { status: "error", message: tc("errorsBelow"), errors: fieldErrors(parsed.error, tv), values };
  }
  const result = await saveCluster(viewer, clusterWriteFromForm(parsed.data));
  if (!result.ok) return failure(result, locale, values);
  // Agreement pages name their clusters and posts link the clusters they mention.
  expireTags("clusters", "agreements", "posts");
  redirect(`/${locale}/admin/clusters/${result.id}?saved=${result.version}`);
}

// Brings back an earlier version of a cluster as a new version.
export async function restoreClusterAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isEditor(viewer)) return refused(locale);
  const id = idSchema.safeParse(formData.get("id"));
  const from = versionSchema.safeParse(formData.get("revision"));
  const version = versionSchema.safeParse(formData.get("version"));
  if (!id.success || !from.success || !version.success) return refused(locale);
  const result = await restoreClusterRevision(viewer, id.data, from.data, version.data);
  if (!result.ok) {
    // A restore has no form fields to mark: rules the old version breaks are told in one message.
    const tc = await getTranslations({ locale, namespace: "AdminClusters" });
    if (result.error === "invalid" || result.error === "slugTaken")
      return { status: "error", message: tc("restoreInvalid") };
    return failure(result, locale, {});
  }
  expireTags("clusters", "agreements", "posts");
  redirect(`/${locale}/admin/clusters/${result.id}/history?restored=${from.data}&version=${result.version}`);
}
