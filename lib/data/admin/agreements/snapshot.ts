import { type AppLocale, locales } from "@/lib/i18n/locales";

// An agreement as one revision stores it: everything an editor can change, in plain JSON.
export interface AgreementTranslationSnapshot {
  title: string;
  summary: string;
  body: string;
}

export interface AgreementPartySnapshot {
  clusterId: string;
  signatoryName: string;
  // Nested by locale so that a revision diff labels a change "signatoryRole (English)".
  translations: Partial<Record<AppLocale, { signatoryRole: string }>>;
}

export interface AgreementSnapshot {
  slug: string;
  /** The day of signing, YYYY-MM-DD. */
  signedAt: string;
  place: string;
  documentId: string | null;
  areaIds: string[];
  parties: AgreementPartySnapshot[];
  translations: Partial<Record<AppLocale, AgreementTranslationSnapshot>>;
}

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
