import type { AppLocale } from "../../lib/i18n/locales";
import type { DbClient } from "../../lib/prisma-client";
import { toParagraphs } from "./html";
import { OKIP_COVER, storeSeedImage } from "./media";
import { okipArticle } from "./okip-article";
import { okipAgreement, okipAreas, okipCoverAlt, okipSignatory, okipTags } from "./okip-agreement";
import { memberClusters, okipCluster } from "./okip-clusters";
import { localize } from "./types";
import type { PostTranslationSeed } from "./writers";
import {
  linkAreas,
  upsertAgreement,
  upsertArea,
  upsertCluster,
  upsertImage,
  upsertParty,
  upsertPost,
  upsertTag,
} from "./writers";

// The real content of the portal: the OKIP network and its 2015 inter-cluster agreement.

export const OKIP_POST_ID = "post_okip_agreement_2015";

function articleTranslation(locale: AppLocale): PostTranslationSeed {
  const { title, paragraphs, excerpt, seoTitle, seoDescription } = okipArticle[locale];
  return { status: "PUBLISHED", title, body: toParagraphs(paragraphs), excerpt, seoTitle, seoDescription };
}

// Seeds the OKIP clusters, the 2015 agreement with its areas, and the article announcing it.
export async function seedOkip(db: DbClient): Promise<void> {
  const okipId = await upsertCluster(db, okipCluster);
  const clusterIds = [okipId];
  for (const member of memberClusters(okipId)) clusterIds.push(await upsertCluster(db, member));

  const agreementId = await upsertAgreement(db, okipAgreement);
  for (const [position, clusterId] of clusterIds.entries()) {
    const isOkip = clusterId === okipId;
    await upsertParty(db, {
      agreementId,
      clusterId,
      position,
      signatoryName: isOkip ? okipSignatory.name : undefined,
      signatoryRoles: isOkip ? okipSignatory.roles : undefined,
    });
  }
  const areaIds: string[] = [];
  for (const area of okipAreas) areaIds.push(await upsertArea(db, area.key, area.names));
  await linkAreas(db, agreementId, areaIds);

  const tagIds: string[] = [];
  for (const tag of okipTags) tagIds.push(await upsertTag(db, tag.id, tag.slug, tag.names));

  const coverId = await upsertImage(db, {
    id: "media_okip_agreement_2015",
    ...(await storeSeedImage(OKIP_COVER)),
    alt: okipCoverAlt,
  });

  await upsertPost(db, {
    id: OKIP_POST_ID,
    status: "PUBLISHED",
    publishedAt: new Date("2015-06-24T08:00:00Z"), // 10:00 in Warsaw
    authorName: "Anna Figiel",
    coverId,
    agreementId,
    isDemo: false,
    translations: localize(articleTranslation),
    tagIds,
    clusterIds,
  });
}
