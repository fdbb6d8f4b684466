"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getViewer, isEditor } from "@/lib/auth/viewer";
import { expireTags } from "@/lib/data/cache";
import {
  agreementWriteFromForm,
  restoreAgreementRevision,
  saveAgreement,
  type SaveAgreementResult,
} from "@/lib/data/admin/agreements/save";
import type { AppLocale } from "@/lib/i18n/locales";
import { formLocale } from "@/lib/validation/account";
import { agreementFormInput, agreementFormSchema } from "@/lib/validation/agreements";
import { fieldErrors, type FormState, submittedValues } from "@/lib/validation/form";

const idSchema = z.string().min(1).max(40);
const versionSchema = z.coerce.number().int().min(1);

async function refused(locale: AppLocale): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { status: "error", message: t("forbiddenAction") };
}

async function failure(
  result: Exclude<SaveAgreementResult, { ok: true }>,
  locale: AppLocale,
  values: Record<string, string>,
): Promise<FormState> {
  const tv = await getTranslations({ locale, namespace: "Validation" });
  const ta = await getTranslations({ locale, namespace: "AdminAgreements" });
  switch (result.error) {
    case "conflict":
      return { status: "error", message: tv("agreementConflict"), values };
    case "slugTaken":
      return { status: "error", message: ta("errorsBelow"), errors: { slug: tv("agreementSlugTaken") }, values };
    case "invalidReference": {
      const key =
        result.field === "documentId"
          ? "documentInvalid"
          : result.field === "areaIds"
            ? "areaInvalid"
            : "clusterInvalid";
      return { status: "error", message: ta("errorsBelow"), errors: { [result.field]: tv(key) }, values };
    }
    case "notFound": {
      const tAdmin = await getTranslations({ locale, namespace: "Admin" });
      return { status: "error", message: tAdmin("notFound"), values };
    }
  }
}

// Saves the agreement editor (every language, the parties and areas at once) and refreshes the public pages.
export async function saveAgreementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isEditor(viewer)) return refused(locale);
  const values = submittedValues(formData);
  const parsed = agreementFormSchema.safeParse(agreementFormInput(formData));
  if (!parsed.success) {
    const tv = await getTranslations({ locale, namespace: "Validation" });
    const ta = await getTranslations({ locale, namespace: "AdminAgreements" });
    return { status: "error", message: ta("errorsBelow"), errors: fieldErrors(parsed.error, tv), values };
  }
  const result = await saveAgreement(viewer, agreementWriteFromForm(parsed.data));
  if (!result.ok) return failure(result, locale, values);
  // Cluster pages list their agreements and posts show the agreement they announce.
  expireTags("agreements", "clusters", "posts");
  redirect(`/${locale}/admin/agreements/${result.id}?saved=${result.version}`);
}

// Brings back an earlier version of an agreement as a new version.
export async function restoreAgreementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isEditor(viewer)) return refused(locale);
  const id = idSchema.safeParse(formData.get("id"));
  const from = versionSchema.safeParse(formData.get("revision"));
  const version = versionSchema.safeParse(formData.get("version"));
  if (!id.success || !from.success || !version.success) return refused(locale);
  const result = await restoreAgreementRevision(viewer, id.data, from.data, version.data);
  if (!result.ok) return restoreFailure(result, locale);
  expireTags("agreements", "clusters", "posts");
  redirect(`/${locale}/admin/agreements/${result.id}/history?restored=${from.data}&version=${result.version}`);
}

// A restore has no form fields to mark: every problem is told in one message.
async function restoreFailure(result: Exclude<SaveAgreementResult, { ok: true }>, locale: AppLocale) {
  const state = await failure(result, locale, {});
  const detail = Object.values(state.errors ?? {})[0];
  return { status: "error" as const, message: detail ?? state.message };
}
