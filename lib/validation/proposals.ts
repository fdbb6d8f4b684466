import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { hasContent } from "@/lib/rich-text";
import { idSchema, versionSchema } from "./records";

// A news post a member cluster proposes: one language, title, summary and text.
export const proposalSchema = z.object({
  language: z.enum(locales),
  title: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .regex(/^\P{Cc}*$/u, "invalid"),
  excerpt: z
    .string()
    .trim()
    .max(1000)
    .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, "invalid"),
  body: z
    .string()
    .max(200_000)
    .regex(/^[^\u0000]*$/, "invalid")
    .refine(hasContent, "required"),
});

export type ProposalInput = z.output<typeof proposalSchema>;

// The editors' answer when they decline a proposal (or a profile change): a reason is required.
export const reviewCommentSchema = z.string().trim().min(1).max(2000);

export const proposalDecisionSchema = z.object({
  id: idSchema,
  comment: reviewCommentSchema,
});

// An editor's decision on a member's profile change: approve, or reject with a reason.
export const reviewDecisionSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    decision: z.enum(["approve", "reject"]),
    comment: z.string().trim().max(2000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "reject" && !reviewCommentSchema.safeParse(v.comment).success)
      ctx.addIssue({ code: "custom", path: ["comment"], message: "required" });
  });
