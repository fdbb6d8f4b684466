import type { AppLocale } from "../../lib/i18n/locales";
import type { DbClient } from "../../lib/prisma-client";
import { demoAgreements, demoSignatory, demoTags } from "./demo-agreements";
import { demoClusters, demoPlaces } from "./demo-clusters";
import { demoPostDisclaimer, demoTemplates, demoUnpublished, type DemoTemplate } from "./demo-content";
import { toParagraphs } from "./html";
import type { PartiallyLocalized } from "./types";
import {
  linkAreas,
  upsertAgreement,
  upsertCluster,
  upsertParty,
  upsertPost,
  upsertTag,
  type PostSeed,
  type PostTranslationSeed,
} from "./writers";

// The demo set: fictional, marked isDemo and "[Demo]", deterministic (no randomness),
// shaped to exercise pagination and the fallback to Polish.

export const DEMO_POST_COUNT = 40;
const DEMO_AUTHOR = "[Demo] Redakcja portalu";
const DAY = 86_400_000;
const FIRST = Date.UTC(2016, 0, 15, 9);
const LAST = Date.UTC(2026, 10, 13, 9);

// Which demo post (1-based) announces which demo agreement.
const agreementPosts = new Map<number, number>([
  [13, 0],
  [31, 1],
]);

// Publication dates spread evenly over 2016–2026, at varying hours.
function demoDate(index: number): Date {
  const days = Math.round(((LAST - FIRST) / DAY) * (index / (DEMO_POST_COUNT - 1)));
  return new Date(FIRST + days * DAY + (index % 8) * 3_600_000);
}

// Besides Polish: English for every second post, German, French and Russian for a few.
function extraLocales(n: number): AppLocale[] {
  const extra: [AppLocale, boolean][] = [
    ["en", n % 2 === 0],
    ["de", n % 6 === 0],
    ["fr", n % 8 === 0],
    ["ru", n % 10 === 0],
  ];
  return extra.filter(([, on]) => on).map(([locale]) => locale);
}

function translation(template: DemoTemplate, locale: AppLocale, place: string, n: number): PostTranslationSeed {
  const text = template.text[locale];
  const lead = text.lead(place);
  return {
    // One English translation stays a draft: the page must fall back to Polish.
    status: n === 4 && locale === "en" ? "DRAFT" : "PUBLISHED",
    title: text.title(place, n),
    excerpt: lead,
    body: toParagraphs([lead, demoPostDisclaimer[locale]]),
  };
}

function demoPost(n: number, ids: { clusters: string[]; agreements: string[]; tags: Map<string, string> }): PostSeed {
  const index = n - 1;
  const template = demoTemplates[index % demoTemplates.length];
  if (!template) throw new Error("no demo templates");
  const agreementIndex = agreementPosts.get(n);
  const clusterIndexes =
    agreementIndex === undefined
      ? [index % 6, ...(n % 3 === 0 ? [(index + 2) % 6] : [])]
      : (demoAgreements[agreementIndex]?.parties.slice(0, 2) ?? []);
  const place = demoPlaces[clusterIndexes[0] ?? 0] ?? "";
  const translations: PartiallyLocalized<PostTranslationSeed> = {
    pl: translation(template, "pl", place, n),
  };
  for (const locale of extraLocales(n)) translations[locale] = translation(template, locale, place, n);
  return {
    id: `post_demo_${String(n).padStart(2, "0")}`,
    status: "PUBLISHED",
    publishedAt: demoDate(index),
    authorName: DEMO_AUTHOR,
    agreementId: agreementIndex === undefined ? undefined : ids.agreements[agreementIndex],
    isDemo: true,
    translations,
    tagIds: template.tagSlugs.flatMap((slug) => ids.tags.get(slug) ?? []),
    clusterIds: clusterIndexes.flatMap((i) => ids.clusters[i] ?? []),
  };
}

function unpublishedPost(post: (typeof demoUnpublished)[number]): PostSeed {
  const translations: PartiallyLocalized<PostTranslationSeed> = { pl: unpublishedText(post, "pl") };
  if (post.texts.en) translations.en = unpublishedText(post, "en");
  return {
    id: post.id,
    status: post.status,
    publishedAt: post.publishedAt,
    authorName: DEMO_AUTHOR,
    isDemo: true,
    translations,
    tagIds: [],
    clusterIds: [],
  };
}

function unpublishedText(post: (typeof demoUnpublished)[number], locale: "pl" | "en"): PostTranslationSeed {
  const text = post.texts[locale] ?? post.texts.pl;
  return {
    // A scheduled post's text is ready; only the post's date keeps it hidden.
    status: post.status === "SCHEDULED" ? "PUBLISHED" : "DRAFT",
    title: text.title,
    excerpt: text.lead,
    body: toParagraphs([text.lead, demoPostDisclaimer[locale]]),
  };
}

// Seeds the demo clusters, agreements, tags and posts (expects seedOkip to have run).
export async function seedDemo(db: DbClient): Promise<void> {
  const clusters: string[] = [];
  for (const cluster of demoClusters) clusters.push(await upsertCluster(db, cluster));

  const areas = await db.cooperationArea.findMany({ select: { id: true, key: true } });
  const areaId = new Map(areas.map((a) => [a.key, a.id]));
  const agreements: string[] = [];
  for (const { seed, parties, areaKeys } of demoAgreements) {
    const agreementId = await upsertAgreement(db, seed);
    agreements.push(agreementId);
    for (const [position, clusterIndex] of parties.entries()) {
      const clusterId = clusters[clusterIndex];
      if (!clusterId) throw new Error(`demo agreement ${seed.slug}: no cluster #${clusterIndex}`);
      const signed = agreements.length === 1 && position === 0;
      await upsertParty(db, {
        agreementId,
        clusterId,
        position,
        signatoryName: signed ? demoSignatory.name : undefined,
        signatoryRoles: signed ? demoSignatory.roles : undefined,
      });
    }
    await linkAreas(
      db,
      agreementId,
      areaKeys.flatMap((key) => areaId.get(key) ?? []),
    );
  }

  const tags = new Map<string, string>();
  for (const tag of demoTags) tags.set(tag.slug, await upsertTag(db, tag.id, tag.slug, tag.names));

  for (let n = 1; n <= DEMO_POST_COUNT; n++) await upsertPost(db, demoPost(n, { clusters, agreements, tags }));
  for (const post of demoUnpublished) await upsertPost(db, unpublishedPost(post));
}
