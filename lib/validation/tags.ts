import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { postSlugSchema } from "./posts";
import { idSchema } from "./records";

// A tag: its slug (used in /news?tag=…) and its name in each language (Polish required).
export const tagFormSchema = z.object({
  id: z.preprocess((v) => (v === "" ? null : v), z.string().min(1).max(40).nullable()),
  slug: z.union([z.literal(""), postSlugSchema]),
  names: z.object(
    Object.fromEntries(
      locales.map((l) => [l, l === "pl" ? z.string().trim().min(1).max(80) : z.string().trim().max(80)]),
    ) as Record<(typeof locales)[number], z.ZodString>,
  ),
});

export type TagForm = z.infer<typeof tagFormSchema>;

// The tag form's two buttons: save the fields, or delete the tag.
export const tagActionSchema = z.discriminatedUnion("operation", [
  z.object({ operation: z.literal("delete"), id: idSchema }),
  tagFormSchema.extend({ operation: z.literal("save") }),
]);

// The tag form's FormData (fields id, slug, names.<locale>) as the object tagFormSchema checks.
export function tagFormInput(formData: FormData) {
  const str = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : "";
  };
  return {
    operation: formData.get("operation") === "delete" ? "delete" : "save",
    id: str("id"),
    slug: str("slug").trim(),
    names: Object.fromEntries(locales.map((l) => [l, str(`names.${l}`)])),
  };
}
