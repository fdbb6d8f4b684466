import { z } from "zod";
import { byLocale, locales } from "@/lib/i18n/locales";
import { hasContent } from "@/lib/rich-text";
import { fromWarsawInput } from "@/lib/warsaw-time";

const text = (max: number) => z.string().trim().max(max);
const optionalId = z.preprocess((v) => (v === "" || v === null ? null : v), z.string().min(1).max(40).nullable());

export const postSlugSchema = z
  .string()
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slugFormat");

// One language version as typed in the editor; empty title and body mean "no translation".
export const postTranslationSchema = z
  .object({
    title: text(300),
    slug: z.union([z.literal(""), postSlugSchema]),
    excerpt: text(1000),
    body: z.string().max(200_000),
    seoTitle: text(300),
    seoDescription: text(500),
    publish: z.boolean(),
  })
  .superRefine((t, ctx) => {
    if (t.publish && (!t.title || !hasContent(t.body))) {
      ctx.addIssue({ code: "custom", path: ["title"], message: "titleRequiredToPublish" });
    }
  });

export const postStatusChoices = ["DRAFT", "PUBLISHED", "SCHEDULED"] as const;

export const postFormSchema = z
  .object({
    id: optionalId,
    version: z.coerce.number().int().min(0),
    status: z.enum(postStatusChoices),
    publishAt: z.string().max(20),
    authorName: text(120),
    coverId: optionalId,
    agreementId: optionalId,
    tagIds: z.array(z.string().min(1).max(40)).max(50),
    clusterIds: z.array(z.string().min(1).max(40)).max(50),
    translations: z.object(byLocale(() => postTranslationSchema)),
  })
  .superRefine((post, ctx) => {
    const pl = post.translations.pl;
    if (!pl.title) ctx.addIssue({ code: "custom", path: ["translations", "pl", "title"], message: "sourceRequired" });
    if (post.status === "SCHEDULED") {
      const at = fromWarsawInput(post.publishAt);
      if (!at) ctx.addIssue({ code: "custom", path: ["publishAt"], message: "dateInvalid" });
      else if (at.getTime() <= Date.now())
        ctx.addIssue({ code: "custom", path: ["publishAt"], message: "scheduleInPast" });
    } else if (post.publishAt && !fromWarsawInput(post.publishAt)) {
      ctx.addIssue({ code: "custom", path: ["publishAt"], message: "dateInvalid" });
    }
    if (post.status !== "DRAFT" && !Object.values(post.translations).some((t) => t.publish)) {
      ctx.addIssue({ code: "custom", path: ["translations", "pl", "publish"], message: "nothingToPublish" });
    }
  });

export type PostForm = z.infer<typeof postFormSchema>;

const id = z.string().min(1).max(40);

// What the data layer accepts from any caller (the editor's form, a restored revision): checked
// again there, since only the data layer is sure to run.
export const postWriteSchema = z
  .object({
    id: id.nullable(),
    expectedVersion: z.number().int().min(0),
    status: z.enum(postStatusChoices),
    publishedAt: z.date().nullable(),
    authorName: text(120),
    coverId: id.nullable(),
    agreementId: id.nullable(),
    tagIds: z.array(id).max(50),
    clusterIds: z.array(id).max(50),
    translations: z.partialRecord(z.enum(locales), postTranslationSchema),
  })
  .superRefine((post, ctx) => {
    if (!post.translations.pl?.title)
      ctx.addIssue({ code: "custom", path: ["translations", "pl", "title"], message: "sourceRequired" });
    if (post.status !== "DRAFT" && !Object.values(post.translations).some((t) => t.publish))
      ctx.addIssue({ code: "custom", path: ["translations", "pl", "publish"], message: "nothingToPublish" });
  });

export type PostWrite = z.output<typeof postWriteSchema>;

// The editor's FormData as the object postFormSchema checks (field names: t.<locale>.<field>).
export function postFormInput(formData: FormData) {
  const str = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : "";
  };
  return {
    id: str("id"),
    version: str("version"),
    status: str("status"),
    publishAt: str("publishAt"),
    authorName: str("authorName"),
    coverId: str("coverId"),
    agreementId: str("agreementId"),
    tagIds: formData.getAll("tagIds").filter((v): v is string => typeof v === "string"),
    clusterIds: formData.getAll("clusterIds").filter((v): v is string => typeof v === "string"),
    translations: byLocale((l) => ({
      title: str(`t.${l}.title`),
      slug: str(`t.${l}.slug`).trim(),
      excerpt: str(`t.${l}.excerpt`),
      body: str(`t.${l}.body`),
      seoTitle: str(`t.${l}.seoTitle`),
      seoDescription: str(`t.${l}.seoDescription`),
      publish: formData.get(`t.${l}.publish`) === "on",
    })),
  };
}
