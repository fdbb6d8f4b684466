// Cached pages change when their data does: data edited outside the app stays invisible
// (served from the cache) until its tag is revalidated, then shows at once.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import pg from "pg";

const secret = "e2e-revalidate-secret-0123456789";
const slug = "demo-klaster-turystyczny-malopolska";

async function setShortDescription(text: string | null): Promise<string> {
  const client = new pg.Client({ connectionString: (await readFile(".data/e2e-database-url", "utf8")).trim() });
  await client.connect();
  try {
    const { rows } = await client.query<{ shortDescription: string }>(
      `SELECT t."shortDescription" FROM "ClusterTranslation" t JOIN "Cluster" c ON c.id = t."clusterId"
       WHERE c.slug = $1 AND t.locale = 'pl'`,
      [slug],
    );
    if (text !== null) {
      await client.query(
        `UPDATE "ClusterTranslation" t SET "shortDescription" = $2 FROM "Cluster" c
         WHERE c.id = t."clusterId" AND c.slug = $1 AND t.locale = 'pl'`,
        [slug, text],
      );
    }
    return rows[0]!.shortDescription;
  } finally {
    await client.end();
  }
}

test("the revalidation webhook refuses strangers and bad input", async ({ request }) => {
  expect((await request.post("/api/revalidate", { data: { tags: ["clusters"] } })).status()).toBe(401);
  const wrong = { Authorization: "Bearer wrong-secret-wrong-secret-00" };
  expect((await request.post("/api/revalidate", { headers: wrong, data: { tags: ["clusters"] } })).status()).toBe(401);
  const auth = { Authorization: `Bearer ${secret}` };
  expect((await request.post("/api/revalidate", { headers: auth, data: { tags: ["users"] } })).status()).toBe(400);
  expect((await request.post("/api/revalidate", { headers: auth, data: "nonsense" })).status()).toBe(400);
});

test("a profile edited in the database shows after its tag is revalidated", async ({ request }) => {
  const path = `/pl/clusters/${slug}`;
  const original = await setShortDescription(null);
  expect(await (await request.get(path)).text()).toContain(original);

  const edited = `Opis zmieniony w bazie ${Date.now()}`;
  await setShortDescription(edited);
  try {
    const cached = await request.get(path);
    expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(await cached.text()).not.toContain(edited);

    const response = await request.post("/api/revalidate", {
      headers: { Authorization: `Bearer ${secret}` },
      data: { tags: ["clusters"] },
    });
    expect(response.status()).toBe(200);

    const started = Date.now();
    expect(await (await request.get(path)).text()).toContain(edited);
    expect(Date.now() - started).toBeLessThan(1000 * 5);
    expect(await (await request.get("/pl/clusters")).text()).toContain(edited);
  } finally {
    await setShortDescription(original);
    await request.post("/api/revalidate", {
      headers: { Authorization: `Bearer ${secret}` },
      data: { tags: ["clusters"] },
    });
  }
});
