import { z } from "zod";
import { type AppLocale, byLocale, locales, sourceLocale } from "@/lib/i18n/locales";
import { hasContent } from "@/lib/rich-text";

const text = (max: number) => z.string().trim().max(max);
const id = z.string().min(1).max(40);
const optionalId = z.preprocess((v) => (v === "" || v === null ? null : v), id.nullable());
const perLocale = <T extends z.ZodType>(schema: (locale: AppLocale) => T) => z.object(byLocale(schema));

export const agreementSlugSchema = z
  .string()
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slugFormat");

// A calendar day as <input type="date"> sends it (YYYY-MM-DD), and a day that exists.
export const signedAtSchema = z
  .string()
  .trim()
  .min(1)
  .refine((value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return false;
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, "dayInvalid");

const translationFields = z.object({ title: text(300), summary: text(1000), body: z.string().max(200_000) });

// One translation; all fields empty means "no translation". (The Polish title is simply required.)
export const agreementTranslationSchema = translationFields.superRefine((t, ctx) => {
  if (!t.title && (t.summary || hasContent(t.body))) {
    ctx.addIssue({ code: "custom", path: ["title"], message: "translationTitleRequired" });
  }
});

// One signing party: a cluster, the person who signed for it and that person's role in each language.
export const agreementPartySchema = z.object({
  clusterId: id,
  signatoryName: text(200),
  roles: perLocale(() => text(200)),
});

// The Polish title is required.
function checkSource(agreement: { translations: { pl?: { title: string } } }, ctx: z.RefinementCtx) {
  if (!agreement.translations.pl?.title) {
    ctx.addIssue({ code: "custom", path: ["translations", "pl", "title"], message: "sourceRequired" });
  }
}

// The form also says at once when a cluster is chosen twice (the data layer refuses it as a
// reference it checks against the database).
function checkAgreement(
  agreement: { translations: { pl?: { title: string } }; parties: { clusterId: string }[] },
  ctx: z.RefinementCtx,
) {
  checkSource(agreement, ctx);
  const seen = new Set<string>();
  agreement.parties.forEach((party, index) => {
    if (seen.has(party.clusterId)) {
      ctx.addIssue({ code: "custom", path: ["parties", index, "clusterId"], message: "partyDuplicate" });
    }
    seen.add(party.clusterId);
  });
}

export const agreementFormSchema = z
  .object({
    id: optionalId,
    version: z.coerce.number().int().min(0),
    slug: z.union([z.literal(""), agreementSlugSchema]),
    signedAt: signedAtSchema,
    place: text(200).min(1),
    documentId: optionalId,
    areaIds: z.array(id).max(50),
    parties: z.array(agreementPartySchema).max(50),
    translations: perLocale((l) => (l === sourceLocale ? translationFields : agreementTranslationSchema)),
  })
  .superRefine(checkAgreement);

export type AgreementForm = z.infer<typeof agreementFormSchema>;

// What the data layer accepts from any caller (the editor's form, a restored revision): checked
// again there, since only the data layer is sure to run. An empty slug is made from the Polish title.
export const agreementWriteSchema = z
  .object({
    id: id.nullable(),
    expectedVersion: z.number().int().min(0),
    slug: z.union([z.literal(""), agreementSlugSchema]),
    signedAt: signedAtSchema,
    place: text(200).min(1),
    documentId: id.nullable(),
    areaIds: z.array(id).max(50),
    parties: z
      .array(
        z.object({
          clusterId: id,
          signatoryName: text(200),
          // Nested by locale so that a revision diff labels a change "signatoryRole (English)".
          translations: z.partialRecord(z.enum(locales), z.object({ signatoryRole: text(200) })),
        }),
      )
      .max(50),
    translations: z.partialRecord(z.enum(locales), agreementTranslationSchema),
  })
  .superRefine(checkSource);

export type AgreementWrite = z.output<typeof agreementWriteSchema>;

// The indices of the party rows in a submitted form, in the order the rows were shown.
export function partyIndices(keys: Iterable<string>): number[] {
  const indices = new Set<number>();
  for (const key of keys) {
    const match = /^party\.(\d{1,3})\.clusterId$/.exec(key);
    if (match) indices.add(Number(match[1]));
  }
  return [...indices].sort((a, b) => a - b);
}

// The editor's FormData as the object agreementFormSchema checks
// (field names: t.<locale>.<field>, party.<row>.<field>, party.<row>.role.<locale>).
export function agreementFormInput(formData: FormData) {
  const str = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : "";
  };
  return {
    id: str("id"),
    version: str("version"),
    slug: str("slug").trim(),
    signedAt: str("signedAt"),
    place: str("place"),
    documentId: str("documentId"),
    areaIds: [...new Set(formData.getAll("areaIds").filter((v): v is string => typeof v === "string"))],
    parties: partyIndices(formData.keys()).map((i) => ({
      clusterId: str(`party.${i}.clusterId`),
      signatoryName: str(`party.${i}.signatoryName`),
      roles: byLocale((l) => str(`party.${i}.role.${l}`)),
    })),
    translations: byLocale((l) => ({
      title: str(`t.${l}.title`),
      summary: str(`t.${l}.summary`),
      body: str(`t.${l}.body`),
    })),
  };
}
