"use server";

import { formAction, rejected } from "@/lib/actions/form-action";
import {
  createIssue,
  deleteDraftIssue,
  retryFailed,
  saveIssue,
  sendTestIssue,
  startSending,
} from "@/lib/data/admin/newsletter/save";
import { localeNames } from "@/lib/i18n/locales";
import {
  issueFormInput,
  issueSchema,
  previewLanguageSchema,
  startSendingSchema,
  testIssueSchema,
} from "@/lib/validation/newsletter";
import { noFieldsSchema, recordSchema } from "@/lib/validation/records";

function issuePath(id: string, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `/admin/newsletter/${id}${search ? `?${search}` : ""}`;
}

const refresh = { revalidate: ["/admin/newsletter"] } as const;

// Starts a new, empty issue and opens it in the composer.
export const createIssueAction = formAction({
  guard: "editor",
  schema: noFieldsSchema,
  run: async ({ viewer }) => ({ ok: true, ...refresh, redirect: issuePath(await createIssue(viewer)) }),
});

// Saves a draft's posts and texts; a stale version or a post no longer published keeps the form as typed.
export const saveIssueAction = formAction({
  guard: "editor",
  schema: issueSchema,
  input: issueFormInput,
  messages: { invalid: "AdminNewsletter.composer.notSaved" },
  run: async ({ viewer, input, formData, t }) => {
    const result = await saveIssue(viewer, input);
    if (!result.ok) {
      if (result.error === "notFound") return { ok: false, error: "notFound" };
      return rejected(t(`AdminNewsletter.errors.${result.error}`));
    }
    // The composer reopens on the language whose preview was shown.
    const preview = previewLanguageSchema.safeParse(formData.get("preview"));
    return {
      ok: true,
      ...refresh,
      redirect: issuePath(input.id, {
        saved: String(result.version),
        ...(preview.success && { preview: preview.data }),
      }),
    };
  },
});

// Sends one language of the saved issue to the signed-in editor's own address.
export const sendTestAction = formAction({
  guard: "editor",
  schema: testIssueSchema,
  messages: { invalid: "Admin.notFound" },
  run: async ({ viewer, input, t }) => {
    let sent: boolean;
    try {
      sent = await sendTestIssue(viewer, input.id, input.language);
    } catch (error) {
      // The mail server refused or is away: a known answer with its own advice, not a fault of the form.
      console.error("newsletter test:", error);
      return rejected(t("AdminNewsletter.errors.testFailed"));
    }
    if (!sent) return rejected(t("AdminNewsletter.errors.nothingToTest"));
    return {
      ok: true,
      message: t("AdminNewsletter.test.sent", { language: localeNames[input.language], email: viewer.email }),
    };
  },
});

// Queues the saved issue for every confirmed subscriber, once the editor confirms the previews.
export const startSendingAction = formAction({
  guard: "editor",
  schema: startSendingSchema,
  run: async ({ viewer, input, t }) => {
    const result = await startSending(viewer, input.id, input.version);
    if (result.ok) return { ok: true, ...refresh, redirect: issuePath(input.id) };
    if (result.error === "notFound") return { ok: false, error: "notFound" };
    return rejected(t(`AdminNewsletter.errors.${result.error === "conflict" ? "sendConflict" : result.error}`));
  },
});

// Puts an issue's failed messages back in the queue.
export const retryFailedAction = formAction({
  guard: "editor",
  schema: recordSchema,
  messages: { invalid: "Admin.notFound" },
  run: async ({ viewer, input, t }) => {
    const count = await retryFailed(viewer, input.id);
    if (count === 0) return rejected(t("AdminNewsletter.progress.retryNone"));
    // The failed list (and this form) disappears, so the page itself says how many went back.
    return { ok: true, ...refresh, redirect: issuePath(input.id, { retried: String(count) }) };
  },
});

// Deletes a draft issue and goes back to the list.
export const deleteIssueAction = formAction({
  guard: "editor",
  schema: recordSchema,
  messages: { invalid: "AdminNewsletter.errors.notDeleted" },
  run: async ({ viewer, input, t }) => {
    if (!(await deleteDraftIssue(viewer, input.id))) return rejected(t("AdminNewsletter.errors.notDeleted"));
    return { ok: true, ...refresh, redirect: "/admin/newsletter" };
  },
});
