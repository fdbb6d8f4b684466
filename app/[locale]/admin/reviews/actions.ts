"use server";

import { formAction, rejected } from "@/lib/actions/form-action";
import { reviewClusterChange } from "@/lib/data/admin/clusters/reviews";
import { declineProposal } from "@/lib/data/member/proposals";
import { proposalDecisionSchema, reviewDecisionSchema } from "@/lib/validation/proposals";

// Approves a member's profile change (it goes public at once) or rejects it with a comment.
export const reviewChangeAction = formAction({
  guard: "editor",
  schema: reviewDecisionSchema,
  input: (formData) => ({
    id: formData.get("id"),
    version: formData.get("version"),
    decision: formData.get("decision"),
    comment: formData.get("comment") ?? "",
  }),
  messages: { notFound: "AdminReviews.gone" },
  run: async ({ viewer, input, t }) => {
    const { id, decision, comment } = input;
    const result = await reviewClusterChange(viewer, { ...input, comment: comment || null });
    if (result.ok) {
      return {
        ok: true,
        expire: decision === "approve" ? ["clusters", "agreements", "posts"] : [],
        redirect: `/admin/reviews?done=${decision === "approve" ? "approved" : "rejected"}`,
      };
    }
    if (result.error === "invalid") {
      const fields = Object.values(result.errors).map((key) => t(`Validation.${key}`));
      return rejected(t("AdminReviews.invalid", { fields: fields.join("; ") }));
    }
    if (result.error === "conflict") {
      // The page reloads with the member's newest version; the comment typed so far is kept.
      return rejected(t("AdminReviews.conflict"), undefined, { revalidate: [`/admin/reviews/${id}`] });
    }
    return result;
  },
});

// Declines a member's news proposal with a reason sent to the member.
export const declineProposalAction = formAction({
  guard: "editor",
  schema: proposalDecisionSchema,
  input: (formData) => ({ id: formData.get("id"), comment: formData.get("comment") ?? "" }),
  messages: { notFound: "AdminReviews.gone" },
  run: async ({ viewer, input }) => {
    const result = await declineProposal(viewer, input);
    return result.ok ? { ok: true, redirect: "/admin/reviews?done=declined" } : { ok: false, error: "notFound" };
  },
});
