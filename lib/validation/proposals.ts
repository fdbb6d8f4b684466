import { z } from "zod";
import { locales } from "@/lib/i18n/locales";

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
    .refine((html) => html.replace(/<[^>]*>/g, "").trim().length > 0, "required"),
});

export type ProposalInput = z.output<typeof proposalSchema>;

// The editors' answer when they decline a proposal (or a profile change): a reason is required.
export const reviewCommentSchema = z.string().trim().min(1).max(2000);

export const proposalDecisionSchema = z.object({
  id: z.string().min(1).max(40),
  comment: reviewCommentSchema,
});
