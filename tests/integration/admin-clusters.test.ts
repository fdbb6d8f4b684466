import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { effects, pageExpiries, signInAs } from "../support/next-request";
import { AuthorizationError, type Viewer } from "@/lib/auth/viewer";
import { clusterSnapshotInclude, clusterSnapshotOf } from "@/lib/data/admin/clusters/snapshot";
import { type ClusterWrite, restoreClusterRevision, saveCluster } from "@/lib/data/admin/clusters/save";
import { getClusterEditorOptions, getClusterForEditor, listAdminClusters } from "@/lib/data/admin/clusters/queries";
import { getRevisionHistory } from "@/lib/data/admin/shared/revisions";
import { queryClusterBySlug } from "@/lib/data/clusters";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import { clusterWrite } from "../support/clusters";
import { createViewer, removeFixtureUsers } from "../support/viewers";

// The editors' data layer for clusters against the real database: who may call it, and what a
// save does (versions, revisions, slugs, translations, sanitizing, checks of every field), then
// the cluster actions with only the session and Next's cache and redirect simulated. Every
// cluster made here has a slug starting with "fixture-" and is removed afterwards.

let db: Db;
let editor: Viewer;
let admin: Viewer;
let member: Viewer;
let okipMember: Viewer;
let okipId: string;
let imageId: string;
let documentId: string;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  editor = await createViewer(db, "EDITOR");
  admin = await createViewer(db, "ADMIN");
  member = await createViewer(db, "MEMBER", (await db.cluster.findUniqueOrThrow({ where: { slug: "pikmed" } })).id);
  okipId = (await db.cluster.findUniqueOrThrow({ where: { slug: "okip" } })).id;
  okipMember = await createViewer(db, "MEMBER", okipId);
  const media = (kind: "IMAGE" | "DOCUMENT", name: string, mimeType: string) =>
    db.media.create({
      data: { kind, path: `fixture/${Date.now()}-${name}`, fileName: name, mimeType, size: 100, width: 10, height: 10 },
    });
  imageId = (await media("IMAGE", "fixture-logo.png", "image/png")).id;
  documentId = (await media("DOCUMENT", "fixture-doc.pdf", "application/pdf")).id;
});

afterAll(async () => {
  const fixtures = await db.cluster.findMany({ where: { slug: { startsWith: "fixture-" } }, select: { id: true } });
  const ids = fixtures.map((c) => c.id);
  await db.cluster.updateMany({ where: { parentId: { in: ids } }, data: { parentId: null } });
  await db.cluster.deleteMany({ where: { id: { in: ids } } });
  await db.revision.deleteMany({ where: { entityType: "cluster", entityId: { in: ids } } });
  await db.auditLog.deleteMany({ where: { entityType: "cluster", entityId: { in: ids } } });
  await db.media.deleteMany({ where: { path: { startsWith: "fixture/" } } });
  await removeFixtureUsers(db);
  await db.$disconnect();
});

beforeEach(async () => {
  await signInAs(db, null);
});

const tag = () => Math.random().toString(36).slice(2, 8);
const pl = (name: string, extra: Partial<{ shortDescription: string; description: string }> = {}) => ({
  name,
  shortDescription: "",
  description: "",
  ...extra,
});

function write(overrides: Partial<ClusterWrite> = {}): ClusterWrite {
  const id = tag();
  return clusterWrite({ slug: `fixture-${id}`, translations: { pl: pl(`Fixture ${id}`) }, ...overrides });
}

async function created(overrides: Partial<ClusterWrite> = {}, viewer: Viewer = editor) {
  const result = await saveCluster(viewer, write(overrides));
  if (!result.ok) throw new Error(`save failed: ${JSON.stringify(result)}`);
  return result;
}

// Everything a cluster save touches, to prove that a refused call changed nothing.
async function clusterTables() {
  const tables = ["Cluster", "ClusterTranslation", "ClusterSocialLink", "Revision", "AuditLog"];
  const counts = await Promise.all(
    tables.map(async (t) =>
      Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${t}"`))[0]!.n),
    ),
  );
  const okip = await db.cluster.findUniqueOrThrow({
    where: { id: okipId },
    include: { translations: true, socialLinks: true },
  });
  return { counts, okip };
}

describe("authorization of every cluster data function", () => {
  const calls: [string, (viewer: Viewer | null) => Promise<unknown>][] = [
    ["listAdminClusters", (v) => listAdminClusters(v)],
    ["getClusterForEditor", (v) => getClusterForEditor(v, okipId)],
    ["getClusterEditorOptions", (v) => getClusterEditorOptions(v, "pl", null)],
    ["saveCluster (create)", (v) => saveCluster(v, write())],
    ["saveCluster (update)", (v) => saveCluster(v, write({ id: okipId, expectedVersion: 1, slug: "okip" }))],
    ["restoreClusterRevision", (v) => restoreClusterRevision(v, okipId, 1, 1)],
  ];

  for (const [name, call] of calls) {
    it(`${name} refuses anonymous visitors and members, even of that cluster, changing nothing`, async () => {
      const before = await clusterTables();
      for (const viewer of [null, member, okipMember]) {
        await expect(call(viewer)).rejects.toBeInstanceOf(AuthorizationError);
      }
      expect(await clusterTables()).toEqual(before);
    });
  }

  it("getRevisionHistory decides by itself: anonymous visitors and other clusters' members are refused, a cluster's own member reads it", async () => {
    for (const viewer of [null, member]) {
      await expect(getRevisionHistory(viewer, { type: "cluster", id: okipId })).rejects.toBeInstanceOf(
        AuthorizationError,
      );
    }
    await expect(getRevisionHistory(okipMember, { type: "cluster", id: okipId })).resolves.toBeInstanceOf(Array);
  });

  it("lets editors and admins read", async () => {
    const rows = await listAdminClusters(editor);
    expect(rows[0]).toMatchObject({ slug: "okip", isUmbrella: true });
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.every((r) => r.states.pl !== "missing")).toBe(true);
    const okip = await getClusterForEditor(admin, okipId);
    expect(okip?.translations.ru.name).toContain("OKIP");
    expect(await getClusterForEditor(admin, "no-such-cluster")).toBeNull();
  });
});

describe("saving clusters", () => {
  it("creates a cluster with every field, a slug from the Polish name, a first revision and an audit row", async () => {
    const umbrella = await created({ isUmbrella: true });
    const result = await saveCluster(
      editor,
      write({
        slug: "",
        parentId: umbrella.id,
        logoId: imageId,
        website: " https://fixture-klaster.example/o-nas ",
        email: "Biuro@Fixture-Klaster.example",
        phone: "+48 32 123 45 67",
        address: "ul. Przykładowa 1",
        postalCode: "40-001",
        city: "Katowice",
        region: "slaskie",
        foundedYear: 2012,
        memberCount: 38,
        sectors: ["ict", "medical", "ict"],
        socialLinks: { LINKEDIN: "https://www.linkedin.com/company/fixture", FACEBOOK: "https://facebook.com/fixture" },
        translations: {
          pl: pl("Fixture Śląski Klaster – Łódź i Żółć", { shortDescription: "Krótko.", description: "<p>Opis</p>" }),
          en: pl("Fixture Silesian Cluster", { description: "<p>About</p>" }),
          de: pl("", { description: "<p></p>" }),
        },
      }),
    );
    expect(result).toMatchObject({ ok: true, version: 1, slug: "fixture-slaski-klaster-lodz-i-zolc" });
    if (!result.ok) return;

    const row = await db.cluster.findUniqueOrThrow({ where: { id: result.id }, include: clusterSnapshotInclude });
    expect(row).toMatchObject({
      slug: "fixture-slaski-klaster-lodz-i-zolc",
      parentId: umbrella.id,
      logoId: imageId,
      website: "https://fixture-klaster.example/o-nas",
      email: "biuro@fixture-klaster.example",
      region: "slaskie",
      foundedYear: 2012,
      memberCount: 38,
      // Known keys only, once each, in the portal's order.
      sectors: ["medical", "ict"],
      version: 1,
    });
    expect(row.translations.map((t) => t.locale).sort()).toEqual(["en", "pl"]);
    expect(row.translations.find((t) => t.locale === "pl")).toMatchObject({
      shortDescription: "Krótko.",
      description: "<p>Opis</p>",
      sourceUpdatedAt: null,
    });
    const en = row.translations.find((t) => t.locale === "en")!;
    expect(en.sourceUpdatedAt).toEqual(row.translations.find((t) => t.locale === "pl")!.contentUpdatedAt);
    expect(row.socialLinks).toHaveLength(2);

    const revisions = await db.revision.findMany({ where: { entityType: "cluster", entityId: result.id } });
    expect(revisions.map((r) => [r.version, r.authorId])).toEqual([[1, editor.id]]);
    expect(revisions[0]!.snapshot).toEqual(JSON.parse(JSON.stringify(clusterSnapshotOf(row))));
    const audit = await db.auditLog.findMany({ where: { entityType: "cluster", entityId: result.id } });
    expect(audit).toEqual([
      expect.objectContaining({
        userId: editor.id,
        action: "cluster.create",
        data: { version: 1, slug: result.slug, name: "Fixture Śląski Klaster – Łódź i Żółć" },
      }),
    ]);

    // The public profile reads the same row.
    const page = await queryClusterBySlug("en", result.slug);
    expect(page).toMatchObject({
      name: "Fixture Silesian Cluster",
      website: "https://fixture-klaster.example/o-nas",
      parent: { slug: umbrella.slug },
    });
    expect(page?.socialLinks.map((l) => l.network)).toEqual(["FACEBOOK", "LINKEDIN"]);
  });

  it("updates with the loaded version, then refuses a stale one and keeps the first save", async () => {
    const first = await created({}, editor);
    const update = await saveCluster(
      admin,
      write({ id: first.id, slug: first.slug, expectedVersion: 1, city: "Gliwice" }),
    );
    expect(update).toMatchObject({ ok: true, version: 2, id: first.id });
    const before = await clusterTables();
    const stale = await saveCluster(
      editor,
      write({ id: first.id, slug: first.slug, expectedVersion: 1, city: "Zabrze" }),
    );
    expect(stale).toMatchObject({ ok: false, error: "conflict", version: 2, by: "Fixture ADMIN" });
    expect(await clusterTables()).toEqual(before);
    expect(await db.cluster.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      city: "Gliwice",
      version: 2,
    });
    expect(await db.auditLog.count({ where: { entityId: first.id, action: "cluster.update", userId: admin.id } })).toBe(
      1,
    );
  });

  it("reports a missing cluster as notFound", async () => {
    expect(await saveCluster(editor, write({ id: "no-such-cluster", expectedVersion: 1 }))).toEqual({
      ok: false,
      error: "notFound",
    });
  });

  it("keeps slugs unique across clusters, checks their format and lowercases them", async () => {
    const before = await clusterTables();
    expect(await saveCluster(editor, write({ slug: "okip" }))).toEqual({ ok: false, error: "slugTaken", slug: "okip" });
    expect(await saveCluster(editor, write({ slug: "zły slug" }))).toEqual({
      ok: false,
      error: "invalid",
      errors: { slug: "slugFormat" },
    });
    expect(await clusterTables()).toEqual(before);

    const name = `Fixture Kolizja ${tag()}`;
    const one = await created({ slug: "", translations: { pl: pl(name) } });
    expect(await saveCluster(editor, write({ slug: "", translations: { pl: pl(name) } }))).toMatchObject({
      ok: false,
      error: "slugTaken",
      slug: one.slug,
    });

    const upper = await created({ slug: `FIXTURE-UP-${tag().toUpperCase()}` });
    expect(upper.slug).toMatch(/^fixture-up-[a-z0-9]+$/);
    // Renaming moves the public profile to the new address; a cluster's own slug is never "taken".
    const renamed = await saveCluster(editor, write({ id: upper.id, expectedVersion: 1, slug: `${upper.slug}-nowy` }));
    expect(renamed).toMatchObject({ ok: true, slug: `${upper.slug}-nowy` });
    expect(await queryClusterBySlug("pl", upper.slug)).toBeNull();
    expect(
      await saveCluster(editor, write({ id: upper.id, expectedVersion: 2, slug: `${upper.slug}-nowy` })),
    ).toMatchObject({ ok: true, version: 3 });
  });

  it("requires the Polish name, and a name for any translation with content", async () => {
    const before = await clusterTables();
    expect(await saveCluster(editor, write({ translations: { en: pl("Fixture only English") } }))).toEqual({
      ok: false,
      error: "invalid",
      errors: { "translations.pl.name": "sourceRequired" },
    });
    expect(
      await saveCluster(
        editor,
        write({ translations: { pl: pl("Fixture Polska"), en: pl("", { shortDescription: "No name" }) } }),
      ),
    ).toEqual({ ok: false, error: "invalid", errors: { "translations.en.name": "required" } });
    expect(await clusterTables()).toEqual(before);
  });

  it("marks a translation outdated when the Polish text changes, and drops a translation emptied", async () => {
    const translations = { pl: pl("Fixture źródło"), en: pl("Fixture source"), fr: pl("Fixture source fr") };
    const first = await created({ translations });
    expect((await getClusterForEditor(editor, first.id))?.translations.en.state).toBe("published");
    expect((await getClusterForEditor(editor, first.id))?.translations.de.state).toBe("missing");
    await new Promise((r) => setTimeout(r, 5));
    const changed = { ...translations, pl: pl("Fixture źródło zmienione") };
    await saveCluster(editor, write({ id: first.id, slug: first.slug, expectedVersion: 1, translations: changed }));
    let editorView = await getClusterForEditor(editor, first.id);
    expect([editorView?.translations.en.state, editorView?.translations.fr.state]).toEqual(["outdated", "outdated"]);
    expect((await listAdminClusters(editor)).find((r) => r.id === first.id)?.states.en).toBe("outdated");

    const retranslated = { pl: changed.pl, en: pl("Fixture source changed"), fr: pl("", { description: "<p> </p>" }) };
    await saveCluster(
      editor,
      write({ id: first.id, slug: first.slug, expectedVersion: 2, translations: retranslated }),
    );
    editorView = await getClusterForEditor(editor, first.id);
    expect([editorView?.translations.en.state, editorView?.translations.fr.state]).toEqual(["published", "missing"]);
    expect(await db.clusterTranslation.count({ where: { clusterId: first.id } })).toBe(2);
  });

  it("sanitizes every XSS payload in descriptions and stores names as plain text", async () => {
    const payloads = [
      `<script>alert(1)</script>`,
      `<img src=x onerror="alert(1)">`,
      `<a href="javascript:alert(1)">x</a>`,
      `<p onclick="alert(1)" style="color:red">y</p>`,
      `<iframe src="https://evil.example"></iframe>`,
      `<svg><script>alert(1)</script></svg>`,
      `<a href="https://example.org" target="_blank" onmouseover="x()">ok</a>`,
    ].join("");
    const name = `Fixture <script>alert("n")</script>`;
    const result = await created({
      translations: {
        pl: pl(name, { description: payloads, shortDescription: "<b onmouseover=x>s</b>" }),
        en: pl("Fixture XSS", { description: `<p>Hi</p><img src="javascript:alert(1)"><script>alert(2)</script>` }),
      },
    });
    const rows = await db.clusterTranslation.findMany({ where: { clusterId: result.id } });
    for (const row of rows) {
      expect(row.description).not.toMatch(/<script|onerror|onclick|onmouseover|javascript:|<iframe|<svg|style=/i);
    }
    const stored = rows.find((r) => r.locale === "pl")!;
    expect(stored.description).toContain('<a href="https://example.org" rel="noopener noreferrer">ok</a>');
    // Names and short descriptions are text: React escapes them on render; they are stored as typed.
    expect(stored.name).toBe(name);
    expect(stored.shortDescription).toBe("<b onmouseover=x>s</b>");
    expect((await queryClusterBySlug("pl", result.slug))?.description).not.toMatch(/<script|onerror|javascript:/);
  });

  it("stores an empty description as none", async () => {
    const result = await created({ translations: { pl: pl("Fixture bez opisu", { description: "<p></p><p> </p>" }) } });
    expect((await db.clusterTranslation.findFirstOrThrow({ where: { clusterId: result.id } })).description).toBeNull();
  });

  const invalid: [string, Partial<ClusterWrite>, Record<string, string>][] = [
    ["a javascript: website", { website: "javascript:alert(1)" }, { website: "url" }],
    ["a data: website", { website: "data:text/html,<script>alert(1)</script>" }, { website: "url" }],
    ["an ftp website", { website: "ftp://fixture.example" }, { website: "url" }],
    ["a website without a host", { website: "https://localhost" }, { website: "url" }],
    [
      "a javascript: social link",
      { socialLinks: { FACEBOOK: "javascript:alert(1)" } },
      { "socialLinks.FACEBOOK": "url" },
    ],
    ["a relative social link", { socialLinks: { X: "/fixture" } }, { "socialLinks.X": "url" }],
    ["an invalid e-mail", { email: "biuro(at)fixture" }, { email: "email" }],
    ["an unknown region", { region: "atlantis" as never }, { region: "choice" }],
    ["an unknown sector", { sectors: ["ict", "alchemy"] }, { "sectors.1": "choice" }],
    ["a founding year too early", { foundedYear: 1800 }, { foundedYear: "tooSmall" }],
    ["a founding year in the future", { foundedYear: new Date().getFullYear() + 1 }, { foundedYear: "yearInFuture" }],
    ["a fractional member count", { memberCount: 2.5 }, { memberCount: "wholeNumber" }],
    ["no members", { memberCount: 0 }, { memberCount: "tooSmall" }],
    ["too many members", { memberCount: 100_001 }, { memberCount: "tooBig" }],
    ["a phone with letters", { phone: "call us" }, { phone: "phoneFormat" }],
    ["a foreign postal code", { postalCode: "40001" }, { postalCode: "postalCodeFormat" }],
    ["a NUL character", { city: "Kato\u0000wice" }, { city: "invalid" }],
  ];
  for (const [what, overrides, errors] of invalid) {
    it(`refuses ${what}, changing nothing`, async () => {
      const before = await clusterTables();
      expect(await saveCluster(editor, write(overrides))).toEqual({ ok: false, error: "invalid", errors });
      expect(await clusterTables()).toEqual(before);
    });
  }

  it("accepts only a library image as logo", async () => {
    const before = await clusterTables();
    for (const logoId of [documentId, "no-such-media"]) {
      expect(await saveCluster(editor, write({ logoId }))).toEqual({
        ok: false,
        error: "invalid",
        errors: { logoId: "logoInvalid" },
      });
    }
    expect(await clusterTables()).toEqual(before);
    const withLogo = await created({ logoId: imageId });
    expect((await queryClusterBySlug("pl", withLogo.slug))?.logo?.src).toMatch(/^\/media\/fixture\//);
    const options = await getClusterEditorOptions(editor, "pl", { id: withLogo.id, parentId: null, logoId: imageId });
    expect(options.images.map((i) => i.id)).toContain(imageId);
    expect(options.images.map((i) => i.id)).not.toContain(documentId);
  });

  it("accepts only an umbrella network as parent, never itself or one of its members", async () => {
    const plain = await created();
    const top = await created({ isUmbrella: true });
    const middle = await created({ isUmbrella: true, parentId: top.id });
    const refused = { ok: false, error: "invalid", errors: { parentId: "parentInvalid" } };
    expect(await saveCluster(editor, write({ parentId: plain.id }))).toEqual(refused);
    expect(
      await saveCluster(
        editor,
        write({ id: top.id, slug: top.slug, expectedVersion: 1, isUmbrella: true, parentId: top.id }),
      ),
    ).toEqual(refused);
    expect(
      await saveCluster(
        editor,
        write({ id: top.id, slug: top.slug, expectedVersion: 1, isUmbrella: true, parentId: middle.id }),
      ),
    ).toEqual(refused);
    // An umbrella keeps its flag while a cluster still belongs to it.
    expect(
      await saveCluster(editor, write({ id: top.id, slug: top.slug, expectedVersion: 1, isUmbrella: false })),
    ).toEqual({
      ok: false,
      error: "invalid",
      errors: { isUmbrella: "umbrellaHasMembers" },
    });
    const options = await getClusterEditorOptions(editor, "pl", { id: top.id, parentId: null, logoId: null });
    expect(options.parents.map((p) => p.id)).toContain(middle.id);
    expect(options.parents.map((p) => p.id)).not.toContain(top.id);
    expect(options.parents.map((p) => p.id)).not.toContain(plain.id);
  });
});

describe("revisions", () => {
  it("records a revision per save and restores an earlier one as a new version", async () => {
    const first = await created({
      website: "https://fixture-pierwsza.example",
      translations: { pl: pl("Fixture wersja pierwsza", { description: "<p>Pierwszy opis</p>" }) },
    });
    await saveCluster(
      admin,
      write({
        id: first.id,
        slug: first.slug,
        expectedVersion: 1,
        website: "https://fixture-druga.example",
        socialLinks: { YOUTUBE: "https://youtube.com/@fixture" },
        translations: { pl: pl("Fixture wersja druga", { description: "<p>Drugi opis</p>" }) },
      }),
    );
    const history = await getRevisionHistory(editor, { type: "cluster", id: first.id });
    expect(history.map((h) => h.version)).toEqual([2, 1]);
    expect(history[0]?.author).toBe("Fixture ADMIN");
    expect(history[0]?.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "translations.pl.name", after: "Fixture wersja druga", locale: "pl" }),
        expect.objectContaining({ path: "translations.pl.description", before: "Pierwszy opis", after: "Drugi opis" }),
        expect.objectContaining({ path: "website", after: "https://fixture-druga.example" }),
        expect.objectContaining({ path: "socialLinks.YOUTUBE", before: "", field: "YOUTUBE" }),
      ]),
    );

    const version1 = (
      await db.revision.findFirstOrThrow({ where: { entityType: "cluster", entityId: first.id, version: 1 } })
    ).snapshot;
    expect(await restoreClusterRevision(editor, first.id, 1, 1)).toMatchObject({ ok: false, error: "conflict" });
    expect(await restoreClusterRevision(editor, first.id, 9, 2)).toEqual({ ok: false, error: "notFound" });
    expect(await restoreClusterRevision(editor, "no-such-cluster", 1, 1)).toEqual({ ok: false, error: "notFound" });
    const restored = await restoreClusterRevision(editor, first.id, 1, 2);
    expect(restored).toMatchObject({ ok: true, version: 3 });
    const version3 = (
      await db.revision.findFirstOrThrow({ where: { entityType: "cluster", entityId: first.id, version: 3 } })
    ).snapshot;
    expect(version3).toEqual(version1);
    expect((await getClusterForEditor(editor, first.id))?.translations.pl.name).toBe("Fixture wersja pierwsza");
    expect(await db.clusterSocialLink.count({ where: { clusterId: first.id } })).toBe(0);
    expect(
      await db.auditLog.count({ where: { entityId: first.id, action: "cluster.restore", userId: editor.id } }),
    ).toBe(1);
  });

  it("restores a version whose logo has been deleted since, without the logo", async () => {
    const logo = await db.media.create({
      data: {
        kind: "IMAGE",
        path: `fixture/${Date.now()}-gone.png`,
        fileName: "gone.png",
        mimeType: "image/png",
        size: 1,
      },
    });
    const first = await created({ logoId: logo.id });
    await saveCluster(editor, write({ id: first.id, slug: first.slug, expectedVersion: 1, logoId: null }));
    await db.media.delete({ where: { id: logo.id } });
    expect(await restoreClusterRevision(editor, first.id, 1, 2)).toMatchObject({ ok: true, version: 3 });
    expect((await db.cluster.findUniqueOrThrow({ where: { id: first.id } })).logoId).toBeNull();
  });
});

function form(fields: Record<string, string>, sectors: string[] = ["ict", "energy"]): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  for (const sector of sectors) data.append("sectors", sector);
  return data;
}

describe("cluster actions", () => {
  const load = async () => import("@/app/[locale]/admin/clusters/actions");
  const fields = (overrides: Record<string, string> = {}) => ({
    locale: "pl",
    id: "",
    version: "0",
    slug: "",
    "t.pl.name": `Fixture Akcja ${tag()}`,
    "t.pl.description": "<p>Opis</p>",
    "t.en.name": "Fixture Action",
    website: "https://fixture-akcja.example",
    ...overrides,
  });

  it("refuse anonymous visitors and members; nothing changes", async () => {
    const { saveClusterAction, restoreClusterAction } = await load();
    const before = await clusterTables();
    for (const viewer of [null, member, okipMember]) {
      await signInAs(db, viewer);
      const refused = { status: "error", message: "Nie masz uprawnień do tej operacji." };
      expect(await saveClusterAction({ status: "idle" }, form(fields()))).toEqual(refused);
      expect(await saveClusterAction({ status: "idle" }, form(fields({ id: okipId, version: "1" })))).toEqual(refused);
      const restore = form({ locale: "pl", id: okipId, revision: "1", version: "1" }, []);
      expect(await restoreClusterAction({ status: "idle" }, restore)).toEqual(refused);
    }
    expect(await clusterTables()).toEqual(before);
    expect(effects).toEqual({ revalidated: [], redirected: [] });
  });

  it("returns translated errors and everything typed when the form is invalid", async () => {
    const { saveClusterAction } = await load();
    await signInAs(db, editor);
    const before = await clusterTables();
    const typed = fields({
      "t.pl.name": "",
      email: "nie-email",
      "socialLinks.FACEBOOK": "javascript:alert(1)",
      foundedYear: "rok",
    });
    const result = await saveClusterAction({ status: "idle" }, form(typed));
    expect(result.status).toBe("error");
    expect(result.errors).toEqual({
      "translations.pl.name": "Najpierw uzupełnij polską wersję: to ona jest źródłem tłumaczeń.",
      email: "Wpisz poprawny adres e-mail, np. jan@example.pl.",
      "socialLinks.FACEBOOK": "Wpisz pełny adres strony zaczynający się od https://.",
      foundedYear: "Wpisz liczbę całkowitą, np. 2015.",
    });
    expect(result.values).toMatchObject({
      "t.en.name": "Fixture Action",
      "t.pl.description": "<p>Opis</p>",
      sectors: "ict\nenergy",
      email: "nie-email",
      "socialLinks.FACEBOOK": "javascript:alert(1)",
    });
    expect(await clusterTables()).toEqual(before);
    expect(effects).toEqual({ revalidated: [], redirected: [] });
  });

  it("tells a taken slug on the field, keeping the input", async () => {
    const { saveClusterAction } = await load();
    await signInAs(db, editor);
    const result = await saveClusterAction({ status: "idle" }, form(fields({ slug: "okip" })));
    expect(result).toMatchObject({
      status: "error",
      errors: { slug: "Ten adres jest już używany przez inny klaster." },
      values: { slug: "okip" },
    });
  });

  it("saves for an editor, expires the public caches and opens the saved version", async () => {
    const { saveClusterAction } = await load();
    await signInAs(db, editor);
    await expect(saveClusterAction({ status: "idle" }, form(fields()))).rejects.toThrow(/^redirect /);
    expect(pageExpiries.count).toBe(1);
    expect(effects.revalidated).toEqual(["clusters", "agreements", "posts"]);
    expect(effects.redirected).toEqual([expect.stringMatching(/^\/pl\/admin\/clusters\/[a-z0-9]+\?saved=1$/)]);
    const id = effects.redirected[0]!.split("/")[4]!.split("?")[0]!;
    expect(await db.cluster.findUniqueOrThrow({ where: { id } })).toMatchObject({
      slug: expect.stringMatching(/^fixture-akcja-/),
      sectors: ["ict", "energy"],
      website: "https://fixture-akcja.example",
    });
  });
});
