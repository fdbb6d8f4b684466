import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { type AppLocale, pickTranslation, withSource } from "@/lib/i18n/locales";
import { cached, cacheTags } from "./cache";
import { mediaUrl } from "./media";

export interface AgreementParty {
  cluster: { slug: string; name: string };
  signatoryName: string | null;
  signatoryRole: string | null;
}

export interface AgreementSummary {
  slug: string;
  title: string;
  summary: string | null;
  signedAt: string;
  place: string;
  contentLocale: AppLocale;
  isFallback: boolean;
  parties: AgreementParty[];
}

export interface AgreementDetail extends AgreementSummary {
  body: string | null;
  areas: string[];
  document: { url: string; fileName: string; size: number } | null;
  locales: AppLocale[];
}

const inLocale = (locale: AppLocale) => ({ locale: { in: withSource(locale) } }) as const;

const summarySelect = (locale: AppLocale) =>
  ({
    slug: true,
    signedAt: true,
    place: true,
    translations: { where: inLocale(locale), select: { locale: true, title: true, summary: true } },
    parties: {
      orderBy: { position: "asc" },
      select: {
        signatoryName: true,
        translations: { where: inLocale(locale), select: { locale: true, signatoryRole: true } },
        cluster: {
          select: { slug: true, translations: { where: inLocale(locale), select: { locale: true, name: true } } },
        },
      },
    },
  }) satisfies Prisma.AgreementSelect;

type SummaryRow = Prisma.AgreementGetPayload<{ select: ReturnType<typeof summarySelect> }>;

function toSummary(row: SummaryRow, locale: AppLocale): AgreementSummary | null {
  const picked = pickTranslation(row.translations, locale);
  if (!picked) return null;
  return {
    slug: row.slug,
    title: picked.translation.title,
    summary: picked.translation.summary,
    signedAt: row.signedAt.toISOString(),
    place: row.place,
    contentLocale: picked.translation.locale as AppLocale,
    isFallback: picked.isFallback,
    parties: row.parties.map((party) => ({
      cluster: {
        slug: party.cluster.slug,
        name: pickTranslation(party.cluster.translations, locale)?.translation.name ?? party.cluster.slug,
      },
      signatoryName: party.signatoryName,
      signatoryRole: pickTranslation(party.translations, locale)?.translation.signatoryRole ?? null,
    })),
  };
}

// Agreements, most recently signed first.
export async function queryAgreements(locale: AppLocale, take?: number): Promise<AgreementSummary[]> {
  const rows = await db.agreement.findMany({
    orderBy: [{ signedAt: "desc" }, { slug: "asc" }],
    take,
    select: summarySelect(locale),
  });
  return rows.map((row) => toSummary(row, locale)).filter((a): a is AgreementSummary => a !== null);
}

// One agreement with its parties, signatories and cooperation areas.
export async function queryAgreementBySlug(locale: AppLocale, slug: string): Promise<AgreementDetail | null> {
  const row = await db.agreement.findUnique({
    where: { slug },
    select: {
      ...summarySelect(locale),
      // Every locale: the page lists which translations exist, for hreflang.
      translations: { select: { locale: true, title: true, summary: true, body: true } },
      areas: {
        orderBy: { position: "asc" },
        select: {
          area: {
            select: { key: true, translations: { where: inLocale(locale), select: { locale: true, name: true } } },
          },
        },
      },
      document: { select: { path: true, fileName: true, size: true } },
    },
  });
  if (!row) return null;
  const summary = toSummary(row, locale);
  if (!summary) return null;
  const picked = pickTranslation(row.translations, locale);
  return {
    ...summary,
    body: picked?.translation.body ?? null,
    areas: row.areas.map(({ area }) => pickTranslation(area.translations, locale)?.translation.name ?? area.key),
    document: row.document && {
      url: mediaUrl(row.document.path),
      fileName: row.document.fileName,
      size: row.document.size,
    },
    locales: row.translations.map((t) => t.locale),
  };
}

export const getAgreements = cached(queryAgreements, "agreements", [cacheTags.agreements, cacheTags.clusters]);
export const getAgreementBySlug = cached(queryAgreementBySlug, "agreement-by-slug", [
  cacheTags.agreements,
  cacheTags.clusters,
]);
