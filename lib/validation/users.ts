import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/locales";
import { containsLink } from "@/lib/mail/plain-text";
import { emailSchema } from "./account";

// An invitation: who, with which role, for which cluster (members only), in which language.
export const inviteUserSchema = z
  .object({
    email: emailSchema,
    // Shown to others (in the team list, in invitations it sends): a name, never a link.
    name: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .refine((name) => !containsLink(name), { message: "nameWithLink" }),
    role: z.enum(Role),
    clusterId: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).max(40).optional()),
    locale: z.enum(locales),
  })
  .refine((v) => v.role !== "MEMBER" || v.clusterId, { path: ["clusterId"], message: "clusterRequired" })
  .transform((v) => ({ ...v, clusterId: v.role === "MEMBER" ? (v.clusterId ?? null) : null }));

export type InviteUserInput = z.infer<typeof inviteUserSchema>;

// The buttons of a user's row in the admin's list.
export const userAccountSchema = z.object({
  id: z.string().min(1).max(40),
  operation: z.enum(["disable", "enable", "reinvite"]),
});
