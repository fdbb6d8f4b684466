import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { queryClusterBySlug } from "../../lib/data/clusters";
import { createPrismaClient, type Db } from "../../lib/prisma-client";

// Stored links reach an href only when they are http(s) URLs.
describe("cluster links", () => {
  let db: Db;
  const slug = "fixture-links";

  beforeAll(async () => {
    db = createPrismaClient(inject("databaseUrl"), 2);
    await db.cluster.create({
      data: {
        id: "cluster_fixture_links",
        slug,
        website: "javascript:alert(1)",
        translations: { create: { locale: "pl", name: "Fixture Links" } },
        socialLinks: {
          create: [
            { network: "FACEBOOK", url: "data:text/html,<script>alert(1)</script>" },
            { network: "LINKEDIN", url: "www.linkedin.com/company/x" },
            { network: "YOUTUBE", url: "https://www.youtube.com/@okip" },
          ],
        },
      },
    });
  });

  afterAll(async () => {
    await db.cluster.delete({ where: { slug } });
    await db.$disconnect();
  });

  it("drops script, data and scheme-less URLs and keeps https ones as stored", async () => {
    const cluster = await queryClusterBySlug("pl", slug);
    expect(cluster?.website).toBeNull();
    expect(cluster?.socialLinks).toEqual([{ network: "YOUTUBE", url: "https://www.youtube.com/@okip" }]);
  });
});
