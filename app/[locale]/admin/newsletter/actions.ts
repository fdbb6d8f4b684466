"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getViewer, isEditor } from "@/lib/auth/viewer";
import {
  createIssue,
  deleteDraftIssue,
  retryFailed,
  saveIssue,
  sendTestIssue,
  startSending,
} from "@/lib/data/admin/newsletter/save";
import { type AppLocale, localeNames, locales } from "@/lib/i18n/locales";
import { formLocale } from "@/lib/validation/account";
import { fieldErrors, type FormState, submittedValues } from "@/lib/validation/form";
import { issueFormInput, issueSchema } from "@/lib/validation/newsletter";

const idSchema = z.string().min(1).max(40);
const versionSchema = z.coerce.number().int().min(1);
const previewSchema = z.enum(locales).catch("pl");

async function refused(locale: AppLocale): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { status: "error", message: t("forbiddenAction") };
}

async function notFound(locale: AppLocale, values?: Record<string, string>): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { status: "error", message: t("notFound"), values };
}

function issuePath(locale: AppLocale, id: string, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `/${locale}/admin/newsletter/${id}${search ? `?${search}` : ""}`;
}

// Starts a new, empty issue and opens it in the composer.
export async function createIssueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isEditor(viewer)) return refused(locale);
  const id = await createIssue(viewer);
  revalidatePath(`/${locale}/admin/newsletter`);
  redirect(issuePath(locale, id));
}

// Saves a draft's posts and texts; a stale version or a post no longer published keeps the form as typed.
export async function saveIssueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isEditor(viewer)) return refused(locale);
  const values = submittedValues(formData);
  const t = await getTranslations({ locale, namespace: "AdminNewsletter" });
  const parsed = issueSchema.safeParse(issueFormInput(formData));
  if (!parsed.success) {
    const tv = await getTranslations({ locale, namespace: "Validation" });
    const errors = fieldErrors(parsed.error, tv);
    if (errors.posts) errors.posts = t("errors.tooManyPosts", { max: 20 });
    return { status: "error", message: t("composer.notSaved"), errors, values };
  }
  const result = await saveIssue(viewer, parsed.data);
  if (!result.ok) {
    if (result.error === "notFound") return notFound(locale, values);
    return { status: "error", message: t(`errors.${result.error}`), values };
  }
  revalidatePath(`/${locale}/admin/newsletter`);
  const preview = previewSchema.parse(formData.get("preview"));
  redirect(issuePath(locale, parsed.data.id, { saved: String(result.version), ...(preview !== "pl" && { preview }) }));
}

// Sends one language of the saved issue to the signed-in editor's own address.
export async function sendTestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isEditor(viewer)) return refused(locale);
  const values = submittedValues(formData);
  const id = idSchema.safeParse(formData.get("id"));
  const language = z.enum(locales).safeParse(formData.get("language"));
  if (!id.success || !language.success) return notFound(locale, values);
  const t = await getTranslations({ locale, namespace: "AdminNewsletter" });
  let sent: boolean;
  try {
    sent = await sendTestIssue(viewer, id.data, language.data);
  } catch (error) {
    console.error("newsletter test:", error);
    return { status: "error", message: t("errors.testFailed"), values };
  }
  if (!sent) return { status: "error", message: t("errors.nothingToTest"), values };
  return {
    status: "ok",
    message: t("test.sent", { language: localeNames[language.data], email: viewer.email }),
    values,
  };
}

// Queues the saved issue for every confirmed subscriber, once the editor confirms the previews.
export async function startSendingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isEditor(viewer)) return refused(locale);
  const values = submittedValues(formData);
  const id = idSchema.safeParse(formData.get("id"));
  const version = versionSchema.safeParse(formData.get("version"));
  if (!id.success || !version.success) return notFound(locale, values);
  const t = await getTranslations({ locale, namespace: "AdminNewsletter" });
  if (formData.get("reviewed") !== "on") {
    return { status: "error", errors: { reviewed: t("errors.reviewRequired") }, values };
  }
  const result = await startSending(viewer, id.data, version.data);
  if (!result.ok) {
    if (result.error === "notFound") return notFound(locale, values);
    const key = result.error === "conflict" ? "sendConflict" : result.error;
    return { status: "error", message: t(`errors.${key}`), values };
  }
  revalidatePath(`/${locale}/admin/newsletter`);
  redirect(issuePath(locale, id.data));
}

// Puts an issue's failed messages back in the queue.
export async function retryFailedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isEditor(viewer)) return refused(locale);
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return notFound(locale);
  const count = await retryFailed(viewer, id.data);
  if (count === 0) {
    const t = await getTranslations({ locale, namespace: "AdminNewsletter" });
    return { status: "error", message: t("progress.retryNone") };
  }
  revalidatePath(`/${locale}/admin/newsletter`);
  // The failed list (and this form) disappears, so the page itself says how many went back.
  redirect(issuePath(locale, id.data, { retried: String(count) }));
}

// Deletes a draft issue and goes back to the list.
export async function deleteIssueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isEditor(viewer)) return refused(locale);
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success || !(await deleteDraftIssue(viewer, id.data))) {
    const t = await getTranslations({ locale, namespace: "AdminNewsletter" });
    return { status: "error", message: t("errors.notDeleted") };
  }
  revalidatePath(`/${locale}/admin/newsletter`);
  redirect(`/${locale}/admin/newsletter`);
}
