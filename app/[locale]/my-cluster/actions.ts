"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { isClusterMember } from "@/lib/data/admin/clusters/access";
import { clusterWriteFromForm } from "@/lib/data/admin/clusters/save";
import { expireTags } from "@/lib/data/cache";
import {
  type ProfileBasis,
  restoreMemberRevision,
  submitMemberProfile,
  type SubmitProfileResult,
} from "@/lib/data/member/profile";
import type { AppLocale } from "@/lib/i18n/locales";
import { formLocale } from "@/lib/validation/account";
import { clusterFormInput, clusterFormSchema } from "@/lib/validation/clusters";
import { fieldErrors, type FormState, submittedValues } from "@/lib/validation/form";

const basisSchema = z.object({
  version: z.coerce.number().int().min(1),
  changeId: z.preprocess((v) => (v === "" ? null : v), z.string().min(1).max(40).nullable()),
  changeVersion: z.coerce.number().int().min(0),
});

function basisOf(formData: FormData): ProfileBasis | null {
  const parsed = basisSchema.safeParse({
    version: formData.get("version"),
    changeId: formData.get("changeId") ?? "",
    changeVersion: formData.get("changeVersion"),
  });
  return parsed.success ? parsed.data : null;
}

async function refused(locale: AppLocale): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { status: "error", message: t("forbiddenAction") };
}

async function failure(
  result: Exclude<SubmitProfileResult, { ok: true }>,
  locale: AppLocale,
  values: Record<string, string>,
): Promise<FormState> {
  const tv = await getTranslations({ locale, namespace: "Validation" });
  const t = await getTranslations({ locale, namespace: "MyCluster.profile" });
  switch (result.error) {
    case "conflict":
      return { status: "error", message: t("conflict", { by: result.by ?? "none" }), values };
    case "invalid": {
      const errors = Object.fromEntries(Object.entries(result.errors).map(([field, key]) => [field, tv(key)]));
      return { status: "error", message: t("errorsBelow"), errors, values };
    }
    default: {
      const tAdmin = await getTranslations({ locale, namespace: "Admin" });
      return { status: "error", message: tAdmin("notFound"), values };
    }
  }
}

// Saves a member's own cluster profile: a proposal for the editors, or public at once for a trusted cluster.
export async function saveMyProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isClusterMember(viewer)) return refused(locale);
  const values = submittedValues(formData);
  const parsed = clusterFormSchema.safeParse(clusterFormInput(formData));
  const basis = basisOf(formData);
  if (!basis) return refused(locale);
  if (!parsed.success) {
    const tv = await getTranslations({ locale, namespace: "Validation" });
    const t = await getTranslations({ locale, namespace: "MyCluster.profile" });
    return { status: "error", message: t("errorsBelow"), errors: fieldErrors(parsed.error, tv), values };
  }
  const result = await submitMemberProfile(viewer, clusterWriteFromForm(parsed.data), basis);
  if (!result.ok) return failure(result, locale, values);
  if (result.outcome === "published") expireTags("clusters", "agreements", "posts");
  redirect(`/${locale}/my-cluster?saved=${result.outcome}`);
}

// Proposes an earlier version of the member's own profile again (public at once if trusted).
export async function restoreMyRevisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isClusterMember(viewer)) return refused(locale);
  const from = z.coerce.number().int().min(1).safeParse(formData.get("revision"));
  const basis = basisOf(formData);
  if (!from.success || !basis) return refused(locale);
  const result = await restoreMemberRevision(viewer, from.data, basis);
  if (!result.ok) return failure(result, locale, {});
  if (result.outcome === "published") expireTags("clusters", "agreements", "posts");
  redirect(`/${locale}/my-cluster?saved=${result.outcome}`);
}
