import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { effects, signInAs } from "../support/next-request";
import {
  getAgreementEditorOptions,
  getAgreementForEditor,
  listAdminAgreements,
} from "@/lib/data/admin/agreements/queries";
import type { Viewer } from "@/lib/auth/viewer";
import { AuthorizationError } from "@/lib/auth/viewer";
import {
  type AgreementWrite,
  agreementWriteFromForm,
  restoreAgreementRevision,
  saveAgreement,
} from "@/lib/data/admin/agreements/save";
import { getRevisionHistory } from "@/lib/data/admin/shared/revisions";
import { queryAgreementBySlug } from "@/lib/data/agreements";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import { agreementFormInput, agreementFormSchema } from "@/lib/validation/agreements";
import { memberSlugs, OKIP_AGREEMENT_SLUG } from "../support/okip";
import { createViewer, removeFixtureUsers } from "../support/viewers";

// The editors' data layer and actions for agreements against the real database: who may call
// them, and what a save does (versions, parties in order with their roles, areas, documents,
// sanitizing, revisions, restore, audit). Everything made here is removed afterwards.

let db: Db;
let editor: Viewer;
let admin: Viewer;
let member: Viewer;
let clusterIds: string[];
let areaIds: string[];
let pdfId: string;
let imageId: string;

const suffix = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  editor = await createViewer(db, "EDITOR");
  admin = await createViewer(db, "ADMIN");
  const pikmed = await db.cluster.findUniqueOrThrow({ where: { slug: "pikmed" } });
  member = await createViewer(db, "MEMBER", pikmed.id);
  const clusters = await db.cluster.findMany({
    where: { slug: { in: [...memberSlugs] } },
    select: { id: true, slug: true },
  });
  clusterIds = memberSlugs.map((slug) => clusters.find((c) => c.slug === slug)!.id);
  areaIds = (await db.cooperationArea.findMany({ orderBy: { key: "asc" }, select: { id: true } })).map((a) => a.id);
  const file = { mimeType: "application/pdf", size: 1000, uploadedById: editor.id };
  pdfId = (
    await db.media.create({
      data: { ...file, kind: "DOCUMENT", path: `fixture-${suffix}.pdf`, fileName: "porozumienie.pdf" },
    })
  ).id;
  imageId = (
    await db.media.create({
      data: { ...file, kind: "IMAGE", mimeType: "image/png", path: `fixture-${suffix}.png`, fileName: "x.png" },
    })
  ).id;
});

afterAll(async () => {
  const agreements = await db.agreement.findMany({
    where: { translations: { some: { title: { startsWith: "Fixture" } } } },
    select: { id: true },
  });
  const ids = agreements.map((a) => a.id);
  await db.agreement.deleteMany({ where: { id: { in: ids } } });
  await db.revision.deleteMany({ where: { entityType: "agreement", entityId: { in: ids } } });
  await db.auditLog.deleteMany({ where: { entityType: "agreement", entityId: { in: ids } } });
  await db.media.deleteMany({ where: { id: { in: [pdfId, imageId] } } });
  await removeFixtureUsers(db);
  await db.$disconnect();
});

const roles = (pl: string, en = "") => ({
  pl: { signatoryRole: pl },
  ...(en ? { en: { signatoryRole: en } } : {}),
});

function write(overrides: Partial<AgreementWrite> = {}): AgreementWrite {
  return {
    id: null,
    expectedVersion: 0,
    slug: "",
    signedAt: "2015-07-01",
    place: "Sosnowiec",
    documentId: null,
    areaIds: [],
    parties: [],
    translations: { pl: { title: `Fixture ${Math.random().toString(36).slice(2, 8)}`, summary: "", body: "" } },
    ...overrides,
  };
}

async function saved(result: Awaited<ReturnType<typeof saveAgreement>>) {
  if (!result.ok) throw new Error(`save failed: ${JSON.stringify(result)}`);
  return result;
}

async function tableCounts() {
  const tables = [
    "Agreement",
    "AgreementTranslation",
    "AgreementParty",
    "AgreementPartyTranslation",
    "AgreementArea",
    "Revision",
    "AuditLog",
  ];
  const counts = await Promise.all(
    tables.map((t) => db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${t}"`)),
  );
  return Object.fromEntries(tables.map((t, i) => [t, Number(counts[i]![0]!.n)]));
}

const okipAgreement = () =>
  db.agreement.findUniqueOrThrow({
    where: { slug: OKIP_AGREEMENT_SLUG },
    include: { translations: true, parties: { include: { translations: true } }, areas: true },
  });

describe("authorization of every agreement data function", () => {
  let okipId: string;
  beforeAll(async () => {
    okipId = (await okipAgreement()).id;
  });

  const calls: [string, (viewer: Viewer | null) => Promise<unknown>][] = [
    ["listAdminAgreements", (v) => listAdminAgreements(v)],
    ["getAgreementForEditor", (v) => getAgreementForEditor(v, okipId)],
    ["getAgreementEditorOptions", (v) => getAgreementEditorOptions(v, "pl")],
    ["saveAgreement (create)", (v) => saveAgreement(v, write())],
    ["saveAgreement (update)", (v) => saveAgreement(v, write({ id: okipId, expectedVersion: 1 }))],
    ["restoreAgreementRevision", (v) => restoreAgreementRevision(v, okipId, 1, 1)],
    ["getRevisionHistory", (v) => getRevisionHistory(v, { type: "agreement", id: okipId })],
  ];

  for (const [name, call] of calls) {
    it(`${name} refuses anonymous visitors and members, changing nothing`, async () => {
      const before = await tableCounts();
      const okip = await okipAgreement();
      await expect(call(null)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(call(member)).rejects.toBeInstanceOf(AuthorizationError);
      expect(await tableCounts()).toEqual(before);
      expect(await okipAgreement()).toEqual(okip);
    });
  }

  it("lets editors and admins read", async () => {
    const list = await listAdminAgreements(editor);
    expect(list.find((a) => a.slug === OKIP_AGREEMENT_SLUG)).toMatchObject({ parties: 6, place: "Jastrzębie-Zdrój" });
    const okip = await getAgreementForEditor(admin, okipId);
    expect(okip?.parties[0]?.roles.ru).toBe("президент");
    expect(okip?.areaIds).toHaveLength(10);
  });

  it("offers only PDFs of the library as documents", async () => {
    const options = await getAgreementEditorOptions(editor, "en");
    expect(options.documents.map((d) => d.id)).toContain(pdfId);
    expect(options.documents.map((d) => d.id)).not.toContain(imageId);
    expect(options.images.map((i) => i.id)).toContain(imageId);
    expect(options.areas).toHaveLength(10);
    expect(options.clusters.find((c) => c.id === clusterIds[1])?.name).toBe(
      "Polski Innowacyjny Klaster Medyczny PIKMED",
    );
  });
});

describe("saving agreements", () => {
  it("creates an agreement with parties, roles and areas in order, a first revision and an audit row", async () => {
    const result = await saved(
      await saveAgreement(
        editor,
        write({
          documentId: pdfId,
          areaIds: [areaIds[3]!, areaIds[0]!, areaIds[7]!],
          parties: [
            { clusterId: clusterIds[2]!, signatoryName: "Anna Nowak", translations: roles("prezes", "President") },
            { clusterId: clusterIds[0]!, signatoryName: "", translations: {} },
            { clusterId: clusterIds[4]!, signatoryName: "Jan Kowalski", translations: roles("wiceprezes") },
          ],
          translations: {
            pl: {
              title: "Fixture Porozumienie sosnowieckie – współpraca",
              summary: "Pięć klastrów.",
              body: "<p>Treść</p>",
            },
            en: { title: "Fixture Sosnowiec agreement", summary: "", body: "<p>Body</p>" },
          },
        }),
      ),
    );
    expect(result).toMatchObject({ version: 1, slug: "fixture-porozumienie-sosnowieckie-wspolpraca" });

    const stored = await getAgreementForEditor(editor, result.id);
    expect(stored).toMatchObject({ signedAt: "2015-07-01", place: "Sosnowiec", documentId: pdfId, version: 1 });
    expect(stored?.areaIds).toEqual([areaIds[3], areaIds[0], areaIds[7]]);
    expect(stored?.parties.map((p) => [p.clusterId, p.signatoryName, p.roles.pl, p.roles.en])).toEqual([
      [clusterIds[2], "Anna Nowak", "prezes", "President"],
      [clusterIds[0], "", "", ""],
      [clusterIds[4], "Jan Kowalski", "wiceprezes", ""],
    ]);
    expect(stored?.translations.de).toMatchObject({ title: "", state: "missing" });

    // The public page reads what was saved, in the same order.
    const page = await queryAgreementBySlug("en", result.slug);
    expect(page?.parties.map((p) => [p.cluster.slug, p.signatoryName, p.signatoryRole])).toEqual([
      [memberSlugs[2], "Anna Nowak", "President"],
      [memberSlugs[0], null, null],
      [memberSlugs[4], "Jan Kowalski", "wiceprezes"],
    ]);
    expect(page?.signedAt).toBe("2015-07-01T00:00:00.000Z");
    expect(page?.document?.fileName).toBe("porozumienie.pdf");

    const revisions = await db.revision.findMany({ where: { entityType: "agreement", entityId: result.id } });
    expect(revisions.map((r) => [r.version, r.authorId])).toEqual([[1, editor.id]]);
    const audit = await db.auditLog.findMany({ where: { entityType: "agreement", entityId: result.id } });
    expect(audit.map((a) => [a.action, a.userId])).toEqual([["agreement.create", editor.id]]);
  });

  it("updates parties, roles and areas, keeps unchanged translations' freshness and refuses a stale version", async () => {
    const first = await saved(
      await saveAgreement(
        editor,
        write({
          areaIds: [areaIds[0]!, areaIds[1]!],
          parties: [
            { clusterId: clusterIds[0]!, signatoryName: "A", translations: roles("prezes", "President") },
            { clusterId: clusterIds[1]!, signatoryName: "B", translations: roles("członek zarządu") },
          ],
          translations: {
            pl: { title: "Fixture aktualizacja", summary: "", body: "<p>Pierwsza</p>" },
            en: { title: "Fixture update", summary: "", body: "<p>First</p>" },
          },
        }),
      ),
    );
    const english = await db.agreementTranslation.findFirstOrThrow({ where: { agreementId: first.id, locale: "en" } });

    const second = await saved(
      await saveAgreement(
        admin,
        write({
          id: first.id,
          expectedVersion: 1,
          slug: first.slug,
          signedAt: "2016-01-15",
          place: "Katowice",
          areaIds: [areaIds[5]!, areaIds[0]!],
          parties: [
            { clusterId: clusterIds[3]!, signatoryName: "C", translations: roles("dyrektor", "Director") },
            { clusterId: clusterIds[0]!, signatoryName: "A", translations: roles("prezes zarządu", "President") },
          ],
          translations: {
            pl: { title: "Fixture aktualizacja", summary: "", body: "<p>Druga</p>" },
            en: { title: "Fixture update", summary: "", body: "<p>First</p>" },
          },
        }),
      ),
    );
    expect(second.version).toBe(2);
    const stored = await getAgreementForEditor(editor, first.id);
    expect(stored).toMatchObject({ signedAt: "2016-01-15", place: "Katowice", version: 2 });
    expect(stored?.areaIds).toEqual([areaIds[5], areaIds[0]]);
    expect(stored?.parties.map((p) => [p.clusterId, p.roles.pl, p.roles.en])).toEqual([
      [clusterIds[3], "dyrektor", "Director"],
      [clusterIds[0], "prezes zarządu", "President"],
    ]);
    // English was not touched while Polish changed: it is now outdated.
    const englishAfter = await db.agreementTranslation.findFirstOrThrow({
      where: { agreementId: first.id, locale: "en" },
    });
    expect(englishAfter.contentUpdatedAt).toEqual(english.contentUpdatedAt);
    expect(stored?.translations.en.state).toBe("outdated");
    expect(stored?.translations.pl.state).toBe("published");

    const before = await tableCounts();
    const stale = await saveAgreement(editor, write({ id: first.id, expectedVersion: 1, place: "Bytom" }));
    expect(stale).toMatchObject({ ok: false, error: "conflict", version: 2, by: admin.name });
    expect(await tableCounts()).toEqual(before);
    expect((await getAgreementForEditor(editor, first.id))?.place).toBe("Katowice");

    const audit = await db.auditLog.findMany({
      where: { entityType: "agreement", entityId: first.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.action, a.userId])).toEqual([
      ["agreement.create", editor.id],
      ["agreement.update", admin.id],
    ]);
  });

  it("drops a translation emptied in the form and keeps the Polish one", async () => {
    const result = await saved(
      await saveAgreement(
        editor,
        write({
          translations: {
            pl: { title: "Fixture z tłumaczeniem", summary: "", body: "" },
            fr: { title: "Fixture avec traduction", summary: "", body: "" },
          },
        }),
      ),
    );
    const form = agreementFormSchema.parse(
      agreementFormInput(
        formData({
          id: result.id,
          version: "1",
          signedAt: "2015-07-01",
          place: "Sosnowiec",
          slug: result.slug,
          "t.pl.title": "Fixture z tłumaczeniem",
          "t.fr.title": "",
          "t.fr.body": "<p></p>",
        }),
      ),
    );
    await saved(await saveAgreement(editor, agreementWriteFromForm(form)));
    const locales = await db.agreementTranslation.findMany({
      where: { agreementId: result.id },
      select: { locale: true },
    });
    expect(locales.map((t) => t.locale)).toEqual(["pl"]);
  });

  it("makes a free slug from the Polish title, and refuses a typed slug another agreement has", async () => {
    const a = await saved(await saveAgreement(editor, write({ translations: { pl: pl("Fixture Łódź i Gdańsk") } })));
    const b = await saved(await saveAgreement(editor, write({ translations: { pl: pl("Fixture Łódź i Gdańsk") } })));
    expect([a.slug, b.slug]).toEqual(["fixture-lodz-i-gdansk", "fixture-lodz-i-gdansk-2"]);
    const before = await tableCounts();
    expect(await saveAgreement(editor, write({ slug: OKIP_AGREEMENT_SLUG }))).toEqual({
      ok: false,
      error: "slugTaken",
    });
    expect(await saveAgreement(editor, write({ id: b.id, expectedVersion: 1, slug: a.slug }))).toEqual({
      ok: false,
      error: "slugTaken",
    });
    expect(await tableCounts()).toEqual(before);
  });

  it("gives one slug to one of two agreements saved at the same moment", async () => {
    const slug = `fixture-race-${suffix}`;
    const results = await Promise.all([saveAgreement(editor, write({ slug })), saveAgreement(admin, write({ slug }))]);
    expect(results.map((r) => (r.ok ? "ok" : r.error)).sort()).toEqual(["ok", "slugTaken"]);
  });

  it("refuses a document that is not a PDF, unknown or repeated clusters and unknown areas", async () => {
    const before = await tableCounts();
    const party = (clusterId: string) => ({ clusterId, signatoryName: "", translations: {} });
    expect(await saveAgreement(editor, write({ documentId: imageId }))).toEqual({
      ok: false,
      error: "invalidReference",
      field: "documentId",
    });
    expect(await saveAgreement(editor, write({ parties: [party(clusterIds[0]!), party("no-such-cluster")] }))).toEqual({
      ok: false,
      error: "invalidReference",
      field: "parties.1.clusterId",
    });
    expect(
      await saveAgreement(
        editor,
        write({ parties: [party(clusterIds[0]!), party(clusterIds[1]!), party(clusterIds[0]!)] }),
      ),
    ).toEqual({ ok: false, error: "invalidReference", field: "parties.2.clusterId" });
    expect(await saveAgreement(editor, write({ areaIds: [areaIds[0]!, "no-such-area"] }))).toEqual({
      ok: false,
      error: "invalidReference",
      field: "areaIds",
    });
    expect(await saveAgreement(editor, write({ id: "no-such-agreement", expectedVersion: 1 }))).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await tableCounts()).toEqual(before);
  });

  it("sanitizes the body: no scripts, event handlers, styles or javascript: links reach the database", async () => {
    const payloads = [
      `<p>Tekst<script>alert(1)</script></p>`,
      `<img src="https://example.org/x.png" onerror="alert(1)">`,
      `<a href="javascript:alert(1)">link</a>`,
      `<p style="background:url(javascript:alert(1))" onclick="alert(1)">styl</p>`,
      `<iframe src="https://evil.example"></iframe><svg onload="alert(1)"></svg>`,
      `<a href="https://example.org" rel="opener" target="_blank">zewnętrzny</a>`,
    ];
    const result = await saved(
      await saveAgreement(
        editor,
        write({
          translations: {
            pl: { title: "Fixture XSS <b>tytuł</b>", summary: "<script>x</script>", body: payloads.join("") },
            en: { title: "Fixture XSS only", summary: "", body: "<script>alert(1)</script>" },
          },
        }),
      ),
    );
    const rows = await db.agreementTranslation.findMany({ where: { agreementId: result.id } });
    const pl = rows.find((r) => r.locale === "pl")!;
    expect(pl.body).not.toMatch(/<script|onerror|onclick|onload|javascript:|style=|<iframe|<svg|"opener"|target=/i);
    expect(pl.body).toContain(`<a href="https://example.org" rel="noopener noreferrer">zewnętrzny</a>`);
    // A remote image is dropped altogether (only the media library's images are allowed).
    expect(pl.body).not.toContain("example.org/x.png");
    // Title and summary are plain text, escaped where rendered; stored as typed.
    expect(pl.title).toBe("Fixture XSS <b>tytuł</b>");
    expect(rows.find((r) => r.locale === "en")!.body).toBeNull();
  });
});

describe("revisions and restore", () => {
  it("records each save, shows the changes and restores an old version as a new one", async () => {
    const first = await saved(
      await saveAgreement(
        editor,
        write({
          documentId: pdfId,
          areaIds: [areaIds[2]!],
          parties: [{ clusterId: clusterIds[0]!, signatoryName: "A", translations: roles("prezes", "President") }],
          translations: { pl: pl("Fixture historia"), en: { title: "Fixture history", summary: "", body: "" } },
        }),
      ),
    );
    await saved(
      await saveAgreement(
        admin,
        write({
          id: first.id,
          expectedVersion: 1,
          slug: first.slug,
          place: "Gliwice",
          parties: [
            { clusterId: clusterIds[1]!, signatoryName: "B", translations: roles("prezes") },
            { clusterId: clusterIds[0]!, signatoryName: "A", translations: roles("prezes", "Chairman") },
          ],
          translations: { pl: pl("Fixture historia") },
        }),
      ),
    );

    const history = await getRevisionHistory(editor, { type: "agreement", id: first.id });
    expect(history.map((h) => [h.version, h.author])).toEqual([
      [2, admin.name],
      [1, editor.name],
    ]);
    const paths = history[0]!.changes!.map((c) => c.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "place",
        "documentId",
        "areaIds",
        "parties.0.clusterId",
        "parties.1.clusterId",
        "parties.1.translations.en.signatoryRole",
        "translations.en.title",
      ]),
    );
    const role = history[0]!.changes!.find((c) => c.path === "parties.0.translations.en.signatoryRole");
    expect(role).toMatchObject({ field: "signatoryRole", locale: "en", before: "President", after: "" });

    expect(await restoreAgreementRevision(editor, first.id, 1, 1)).toMatchObject({ ok: false, error: "conflict" });
    expect(await restoreAgreementRevision(editor, first.id, 9, 2)).toEqual({ ok: false, error: "notFound" });

    const restored = await saved(await restoreAgreementRevision(editor, first.id, 1, 2));
    expect(restored.version).toBe(3);
    const stored = await getAgreementForEditor(editor, first.id);
    expect(stored).toMatchObject({ place: "Sosnowiec", documentId: pdfId, areaIds: [areaIds[2]] });
    expect(stored?.parties.map((p) => [p.clusterId, p.roles.en])).toEqual([[clusterIds[0], "President"]]);
    expect(stored?.translations.en.title).toBe("Fixture history");
    const audit = await db.auditLog.findFirst({ where: { entityId: first.id, action: "agreement.restore" } });
    expect(audit?.userId).toBe(editor.id);
    const latest = await getRevisionHistory(admin, { type: "agreement", id: first.id });
    expect(latest[0]).toMatchObject({ version: 3, author: editor.name });
  });

  it("keeps an agreement's state from before the editor (no revision yet) as a restorable version", async () => {
    const seeded = await db.agreement.create({
      data: {
        slug: `fixture-seeded-${suffix}`,
        signedAt: new Date("2015-06-17T00:00:00Z"),
        place: "Jastrzębie-Zdrój",
        translations: { create: { locale: "pl", title: "Fixture z seeda" } },
        parties: { create: { clusterId: clusterIds[0]!, position: 0, signatoryName: "Seed" } },
      },
    });
    await saved(await saveAgreement(editor, write({ id: seeded.id, expectedVersion: 1, slug: seeded.slug })));
    const history = await getRevisionHistory(editor, { type: "agreement", id: seeded.id });
    expect(history.map((h) => [h.version, h.author])).toEqual([
      [2, editor.name],
      [1, null],
    ]);
    await saved(await restoreAgreementRevision(admin, seeded.id, 1, 2));
    const stored = await getAgreementForEditor(admin, seeded.id);
    expect(stored).toMatchObject({ version: 3, place: "Jastrzębie-Zdrój", signedAt: "2015-06-17" });
    expect(stored?.parties.map((p) => p.signatoryName)).toEqual(["Seed"]);
  });
});

describe("the form schema", () => {
  it("reads party rows in their order with roles per language, and reports errors by field", () => {
    const parsed = agreementFormSchema.safeParse(
      agreementFormInput(
        formData({
          version: "0",
          signedAt: "2015-02-30",
          place: "",
          slug: "Zły slug",
          "t.en.summary": "Summary without a title",
          "party.0.clusterId": "a",
          "party.0.role.en": "President",
          "party.1.clusterId": "",
          "party.2.clusterId": "a",
        }),
      ),
    );
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ["translations.pl.title", "sourceRequired"],
        ["translations.en.title", "translationTitleRequired"],
        ["signedAt", "dayInvalid"],
        ["slug", "slugFormat"],
        ["parties.2.clusterId", "partyDuplicate"],
      ]),
    );
    expect(paths.map(([path]) => path)).toEqual(expect.arrayContaining(["place", "parties.1.clusterId"]));
  });
});

describe("server actions", () => {
  const validForm = () => ({
    locale: "pl",
    id: "",
    version: "0",
    signedAt: "2015-07-01",
    place: "Sosnowiec",
    slug: "",
    documentId: pdfId,
    areaIds: areaIds[1]!,
    "t.pl.title": `Fixture akcja ${suffix}`,
    "t.pl.body": "<p>Treść</p>",
    "party.0.clusterId": clusterIds[0]!,
    "party.0.signatoryName": "Anna",
    "party.0.role.pl": "prezes",
    "party.1.clusterId": clusterIds[1]!,
  });
  const actions = async () => await import("@/app/[locale]/admin/agreements/actions");

  it("refuse anonymous visitors and members; nothing changes", async () => {
    const { saveAgreementAction, restoreAgreementAction } = await actions();
    const okip = await okipAgreement();
    const before = await tableCounts();
    for (const viewer of [null, member]) {
      await signInAs(db, viewer);
      for (const result of [
        await saveAgreementAction({ status: "idle" }, formData(validForm())),
        await saveAgreementAction({ status: "idle" }, formData({ ...validForm(), id: okip.id, version: "1" })),
        await restoreAgreementAction(
          { status: "idle" },
          formData({ locale: "pl", id: okip.id, revision: "1", version: "1" }),
        ),
      ]) {
        expect(result).toEqual({ status: "error", message: "Nie masz uprawnień do tej operacji." });
      }
    }
    expect(await tableCounts()).toEqual(before);
    expect(await okipAgreement()).toEqual(okip);
    expect(effects).toEqual({ revalidated: [], redirected: [] });
  });

  it("answer a form with errors in Polish, keeping what was typed", async () => {
    const { saveAgreementAction } = await actions();
    await signInAs(db, editor);
    const fields = { ...validForm(), "t.pl.title": "", "party.1.clusterId": clusterIds[0]!, "party.1.role.en": "CEO" };
    const result = await saveAgreementAction({ status: "idle" }, formData(fields));
    expect(result.status).toBe("error");
    expect(result.errors).toMatchObject({
      "translations.pl.title": "Najpierw uzupełnij polską wersję: to ona jest źródłem tłumaczeń.",
      "parties.1.clusterId": "Ten klaster już jest stroną porozumienia. Każdy klaster może wystąpić tylko raz.",
    });
    expect(result.values).toMatchObject({ "party.1.role.en": "CEO", place: "Sosnowiec", areaIds: areaIds[1] });
    expect(effects).toEqual({ revalidated: [], redirected: [] });
  });

  it("save, refresh the agreement, cluster and post pages, and open the saved version", async () => {
    const { saveAgreementAction, restoreAgreementAction } = await actions();
    await signInAs(db, editor);
    await expect(saveAgreementAction({ status: "idle" }, formData(validForm()))).rejects.toThrow(/^redirect/);
    const created = await db.agreement.findFirstOrThrow({
      where: { translations: { some: { title: `Fixture akcja ${suffix}` } } },
      include: { parties: { orderBy: { position: "asc" } } },
    });
    expect(created.parties.map((p) => p.clusterId)).toEqual([clusterIds[0], clusterIds[1]]);
    expect(effects.redirected).toEqual([`/pl/admin/agreements/${created.id}?saved=1`]);
    expect(effects.revalidated).toEqual(["agreements", "clusters", "posts"]);

    const stale = await saveAgreementAction(
      { status: "idle" },
      formData({ ...validForm(), id: created.id, version: "0" }),
    );
    expect(stale.message).toMatch(/^Ktoś inny zapisał to porozumienie/);
    const taken = await saveAgreementAction(
      { status: "idle" },
      formData({ ...validForm(), id: created.id, version: "1", slug: OKIP_AGREEMENT_SLUG }),
    );
    expect(taken.errors).toEqual({ slug: "Ten adres jest już używany przez inne porozumienie." });

    effects.redirected.length = 0;
    const restore = formData({ locale: "pl", id: created.id, revision: "1", version: "1" });
    await expect(restoreAgreementAction({ status: "idle" }, restore)).rejects.toThrow(/^redirect/);
    expect(effects.redirected).toEqual([`/pl/admin/agreements/${created.id}/history?restored=1&version=2`]);
  });
});

function pl(title: string) {
  return { title, summary: "", body: "" };
}

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}
