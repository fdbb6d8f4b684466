import "server-only";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, byLocale, pickTranslation, sourceLocale } from "@/lib/i18n/locales";
import {
  areaChoices,
  type Choice,
  clusterChoices,
  documentChoices,
  type ImageChoice,
  imageChoices,
} from "../shared/choices";
import { liveTranslationStates, type TranslationState } from "../shared/translation-states";
import { agreementSnapshotInclude } from "./snapshot";

export interface AdminAgreementRow {
  id: string;
  slug: string;
  title: string;
  signedAt: string;
  place: string;
  parties: number;
  isDemo: boolean;
  states: Record<AppLocale, TranslationState>;
}

// Every agreement for the admin list, most recently signed first.
export async function listAdminAgreements(viewer: Viewer | null): Promise<AdminAgreementRow[]> {
  assertRole(viewer, EDITOR_ROLES);
  const rows = await db.agreement.findMany({
    orderBy: [{ signedAt: "desc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      signedAt: true,
      place: true,
      isDemo: true,
      translations: {
        select: { locale: true, title: true, contentUpdatedAt: true, sourceUpdatedAt: true, createdAt: true },
      },
      _count: { select: { parties: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: pickTranslation(row.translations, sourceLocale)?.translation.title ?? row.slug,
    signedAt: row.signedAt.toISOString().slice(0, 10),
    place: row.place,
    parties: row._count.parties,
    isDemo: row.isDemo,
    states: liveTranslationStates(row.translations),
  }));
}

export interface AgreementEditorTranslation {
  title: string;
  summary: string;
  body: string;
  state: TranslationState;
}

export interface AgreementEditorParty {
  clusterId: string;
  signatoryName: string;
  roles: Record<AppLocale, string>;
}

export interface AgreementEditorData {
  id: string;
  version: number;
  slug: string;
  signedAt: string;
  place: string;
  documentId: string | null;
  areaIds: string[];
  parties: AgreementEditorParty[];
  translations: Record<AppLocale, AgreementEditorTranslation>;
}

// One agreement as the editor form shows it (every locale, empty where there is no translation).
export async function getAgreementForEditor(viewer: Viewer | null, id: string): Promise<AgreementEditorData | null> {
  assertRole(viewer, EDITOR_ROLES);
  const agreement = await db.agreement.findUnique({ where: { id }, include: agreementSnapshotInclude });
  if (!agreement) return null;
  const states = liveTranslationStates(agreement.translations);
  return {
    id: agreement.id,
    version: agreement.version,
    slug: agreement.slug,
    signedAt: agreement.signedAt.toISOString().slice(0, 10),
    place: agreement.place,
    documentId: agreement.documentId,
    areaIds: agreement.areas.map((a) => a.areaId),
    parties: agreement.parties.map((party) => ({
      clusterId: party.clusterId,
      signatoryName: party.signatoryName ?? "",
      roles: byLocale((l) => party.translations.find((t) => t.locale === l)?.signatoryRole ?? ""),
    })),
    translations: byLocale((l) => {
      const t = agreement.translations.find((row) => row.locale === l);
      return { title: t?.title ?? "", summary: t?.summary ?? "", body: t?.body ?? "", state: states[l] };
    }),
  };
}

export interface AgreementEditorOptions {
  clusters: Choice[];
  areas: Choice[];
  documents: { id: string; fileName: string; url: string }[];
  images: ImageChoice[];
}

// Choices offered by the agreement editor: clusters, cooperation areas, PDFs and images of the library.
export async function getAgreementEditorOptions(
  viewer: Viewer | null,
  locale: AppLocale,
): Promise<AgreementEditorOptions> {
  assertRole(viewer, EDITOR_ROLES);
  const [clusters, areas, documents, images] = await Promise.all([
    clusterChoices(locale),
    areaChoices(locale),
    documentChoices(),
    imageChoices(locale),
  ]);
  return { clusters, areas, documents, images };
}
