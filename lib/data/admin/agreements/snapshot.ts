import { z } from "zod";
import { type AppLocale, locales } from "@/lib/i18n/locales";

// An agreement as one revision stores it: everything an editor can change, in plain JSON. Stored
// snapshots are read through the schema, so versions written before a field existed get its default.
const agreementTranslationSnapshotSchema = z.object({
  title: z.string(),
  summary: z.string().default(""),
  body: z.string().default(""),
});

const agreementPartySnapshotSchema = z.object({
  clusterId: z.string(),
  signatoryName: z.string().default(""),
  // Nested by locale so that a revision diff labels a change "signatoryRole (English)".
  translations: z.partialRecord(z.enum(locales), z.object({ signatoryRole: z.string() })).default({}),
});

export const agreementSnapshotSchema = z.object({
  slug: z.string(),
  /** The day of signing, YYYY-MM-DD. */
  signedAt: z.string(),
  place: z.string(),
  documentId: z.string().nullable().default(null),
  areaIds: z.array(z.string()).default([]),
  parties: z.array(agreementPartySnapshotSchema).default([]),
  translations: z.partialRecord(z.enum(locales), agreementTranslationSnapshotSchema),
});

export type AgreementTranslationSnapshot = z.output<typeof agreementTranslationSnapshotSchema>;
export type AgreementPartySnapshot = z.output<typeof agreementPartySnapshotSchema>;
export type AgreementSnapshot = z.output<typeof agreementSnapshotSchema>;

interface AgreementRow {
  slug: string;
  signedAt: Date;
  place: string;
  documentId: string | null;
  areas: { areaId: string }[];
  parties: {
    clusterId: string;
    signatoryName: string | null;
    translations: { locale: AppLocale; signatoryRole: string }[];
  }[];
  translations: { locale: AppLocale; title: string; summary: string | null; body: string | null }[];
}

// Snapshot of an agreement row loaded with agreementSnapshotInclude.
export function agreementSnapshotOf(agreement: AgreementRow): AgreementSnapshot {
  const translations: AgreementSnapshot["translations"] = {};
  for (const locale of locales) {
    const t = agreement.translations.find((row) => row.locale === locale);
    if (t) translations[locale] = { title: t.title, summary: t.summary ?? "", body: t.body ?? "" };
  }
  return {
    slug: agreement.slug,
    signedAt: agreement.signedAt.toISOString().slice(0, 10),
    place: agreement.place,
    documentId: agreement.documentId,
    areaIds: agreement.areas.map((a) => a.areaId),
    parties: agreement.parties.map((party) => {
      const roles: AgreementPartySnapshot["translations"] = {};
      for (const locale of locales) {
        const role = party.translations.find((row) => row.locale === locale);
        if (role) roles[locale] = { signatoryRole: role.signatoryRole };
      }
      return { clusterId: party.clusterId, signatoryName: party.signatoryName ?? "", translations: roles };
    }),
    translations,
  };
}

export const agreementSnapshotInclude = {
  areas: { select: { areaId: true }, orderBy: { position: "asc" } },
  parties: {
    orderBy: { position: "asc" },
    select: { clusterId: true, signatoryName: true, translations: { select: { locale: true, signatoryRole: true } } },
  },
  translations: true,
} as const;
