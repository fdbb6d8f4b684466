"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getViewer, isEditor } from "@/lib/auth/viewer";
import { reviewClusterChange } from "@/lib/data/admin/clusters/reviews";
import { expireTags } from "@/lib/data/cache";
import { declineProposal } from "@/lib/data/member/proposals";
import { formLocale } from "@/lib/validation/account";
import { fieldErrors, type FormState, submittedValues } from "@/lib/validation/form";
import { proposalDecisionSchema, reviewCommentSchema } from "@/lib/validation/proposals";

const reviewSchema = z
  .object({
    id: z.string().min(1).max(40),
    version: z.coerce.number().int().min(1),
    decision: z.enum(["approve", "reject"]),
    comment: z.string().trim().max(2000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "reject" && !reviewCommentSchema.safeParse(v.comment).success)
      ctx.addIssue({ code: "custom", path: ["comment"], message: "required" });
  });

async function refused(locale: ReturnType<typeof formLocale>): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { status: "error", message: t("forbiddenAction") };
}

// Approves a member's profile change (it goes public at once) or rejects it with a comment.
export async function reviewChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isEditor(viewer)) return refused(locale);
  const values = submittedValues(formData);
  const t = await getTranslations({ locale, namespace: "AdminReviews" });
  const parsed = reviewSchema.safeParse({
    id: formData.get("id"),
    version: formData.get("version"),
    decision: formData.get("decision"),
    comment: formData.get("comment") ?? "",
  });
  if (!parsed.success) {
    const tv = await getTranslations({ locale, namespace: "Validation" });
    return { status: "error", errors: fieldErrors(parsed.error, tv), values };
  }
  const { id, version, decision, comment } = parsed.data;
  const result = await reviewClusterChange(viewer, { id, version, decision, comment: comment || null });
  if (!result.ok) {
    if (result.error === "invalid") {
      const tv = await getTranslations({ locale, namespace: "Validation" });
      const fields = Object.values(result.errors).map((key) => tv(key));
      return { status: "error", message: t("invalid", { fields: fields.join("; ") }), values };
    }
    if (result.error === "conflict") {
      // The page reloads with the member's newest version; the comment typed so far is kept.
      revalidatePath(`/${locale}/admin/reviews/${id}`);
      return { status: "error", message: t("conflict"), values };
    }
    return { status: "error", message: t("gone") };
  }
  if (decision === "approve") expireTags("clusters", "agreements", "posts");
  redirect(`/${locale}/admin/reviews?done=${decision === "approve" ? "approved" : "rejected"}`);
}

// Declines a member's news proposal with a reason sent to the member.
export async function declineProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isEditor(viewer)) return refused(locale);
  const t = await getTranslations({ locale, namespace: "AdminReviews" });
  const parsed = proposalDecisionSchema.safeParse({ id: formData.get("id"), comment: formData.get("comment") ?? "" });
  if (!parsed.success) {
    const tv = await getTranslations({ locale, namespace: "Validation" });
    return { status: "error", errors: fieldErrors(parsed.error, tv), values: submittedValues(formData) };
  }
  const result = await declineProposal(viewer, parsed.data);
  if (!result.ok) return { status: "error", message: t("gone") };
  redirect(`/${locale}/admin/reviews?done=declined`);
}
