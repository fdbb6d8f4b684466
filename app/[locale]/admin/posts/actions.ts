"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getViewer, isEditor } from "@/lib/auth/viewer";
import { expireTags } from "@/lib/data/cache";
import {
  postWriteFromForm,
  restorePostRevision,
  savePost,
  type SavePostResult,
  unpublishPost,
} from "@/lib/data/admin/posts/save";
import { localeNames } from "@/lib/i18n/locales";
import { formLocale } from "@/lib/validation/account";
import { fieldErrors, type FormState, submittedValues } from "@/lib/validation/form";
import { postFormInput, postFormSchema } from "@/lib/validation/posts";

const idSchema = z.string().min(1).max(40);
const versionSchema = z.coerce.number().int().min(1);

async function refused(locale: ReturnType<typeof formLocale>): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { status: "error", message: t("forbiddenAction") };
}

async function failure(
  result: Exclude<SavePostResult, { ok: true }>,
  locale: ReturnType<typeof formLocale>,
  values: Record<string, string>,
): Promise<FormState> {
  const tv = await getTranslations({ locale, namespace: "Validation" });
  const ta = await getTranslations({ locale, namespace: "Admin" });
  const tp = await getTranslations({ locale, namespace: "AdminPosts" });
  if (result.error === "conflict") return { status: "error", message: tv("conflict"), values };
  if (result.error === "slugTaken") {
    return {
      status: "error",
      message: tp("slugTakenIn", { language: localeNames[result.locale] }),
      errors: { [`translations.${result.locale}.slug`]: tv("slugTaken") },
      values,
    };
  }
  return { status: "error", message: ta("notFound"), values };
}

// Saves the post editor (every language version at once) and refreshes the public pages.
export async function savePostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isEditor(viewer)) return refused(locale);
  const values = submittedValues(formData);
  const parsed = postFormSchema.safeParse(postFormInput(formData));
  if (!parsed.success) {
    const tv = await getTranslations({ locale, namespace: "Validation" });
    const tp = await getTranslations({ locale, namespace: "AdminPosts" });
    return { status: "error", message: tp("errorsBelow"), errors: fieldErrors(parsed.error, tv), values };
  }
  const result = await savePost(viewer, postWriteFromForm(parsed.data));
  if (!result.ok) return failure(result, locale, values);
  expireTags("posts");
  redirect(`/${locale}/admin/posts/${result.id}?saved=${result.version}`);
}

// Takes a post off the public site, back to draft.
export async function unpublishPostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isEditor(viewer)) return refused(locale);
  const id = idSchema.safeParse(formData.get("id"));
  const version = versionSchema.safeParse(formData.get("version"));
  if (!id.success || !version.success) return refused(locale);
  const result = await unpublishPost(viewer, id.data, version.data);
  if (!result.ok) return failure(result, locale, {});
  expireTags("posts");
  redirect(`/${locale}/admin/posts/${result.id}?saved=${result.version}`);
}

// Brings back an earlier version of a post as a new version.
export async function restorePostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isEditor(viewer)) return refused(locale);
  const id = idSchema.safeParse(formData.get("id"));
  const from = versionSchema.safeParse(formData.get("revision"));
  const version = versionSchema.safeParse(formData.get("version"));
  if (!id.success || !from.success || !version.success) return refused(locale);
  const result = await restorePostRevision(viewer, id.data, from.data, version.data);
  if (!result.ok) return failure(result, locale, submittedValues(formData));
  expireTags("posts");
  redirect(`/${locale}/admin/posts/${result.id}/history?restored=${from.data}&version=${result.version}`);
}
