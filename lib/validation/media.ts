import { z } from "zod";
import { type AppLocale, byLocale, locales } from "@/lib/i18n/locales";
import { idSchema } from "./records";

export const MEDIA_ALT_MAX = 300;

// The file input's accept list: a hint for the browser's picker; the server reads the type from the bytes.
export const MEDIA_ACCEPT = "image/jpeg,image/png,image/webp,application/pdf";
const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"];

const altSchema = z.string().trim().max(MEDIA_ALT_MAX);

export const mediaAltsSchema = z.object(byLocale(() => altSchema));

export type MediaAlts = z.infer<typeof mediaAltsSchema>;

// The upload form: a chosen file and its description per language (field names alts.<locale>).
export const mediaUploadSchema = z
  .object({
    file: z.instanceof(File, { message: "fileRequired" }).refine((file) => file.size > 0, "fileRequired"),
    alts: mediaAltsSchema,
  })
  .superRefine((upload, ctx) => {
    // The browser's claim is only a first check; the data layer asks again once the bytes are identified.
    if (IMAGE_TYPES.includes(upload.file.type) && !upload.alts.pl) {
      ctx.addIssue({ code: "custom", path: ["alts", "pl"], message: "altRequired" });
    }
  });

// The descriptions form of one library item; whether Polish is required depends on the stored kind.
export const mediaTextSchema = z.object({
  id: idSchema,
  alts: mediaAltsSchema,
});

// The alts.<locale> fields of a form, as the object the schemas above check.
export function mediaAltsInput(formData: FormData): Record<AppLocale, string> {
  const alts = {} as Record<AppLocale, string>;
  for (const locale of locales) {
    const value = formData.get(`alts.${locale}`);
    alts[locale] = typeof value === "string" ? value : "";
  }
  return alts;
}
