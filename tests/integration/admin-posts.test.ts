import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/data/admin/dashboard";
import type { Viewer } from "@/lib/auth/viewer";
import { AuthorizationError } from "@/lib/auth/viewer";
import { getPostEditorOptions, getPostForEditor, listAdminPosts } from "@/lib/data/admin/posts/queries";
import { type PostWrite, restorePostRevision, savePost, unpublishPost } from "@/lib/data/admin/posts/save";
import { getPostPreview, previewSlug } from "@/lib/data/admin/posts/preview";
import { getRevisionHistory } from "@/lib/data/admin/shared/revisions";
import { nextScheduledAt, publishDuePosts } from "@/lib/data/admin/posts/schedule";
import { queryNewsPage, queryPostBySlug } from "@/lib/data/posts";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import { OKIP_POST_ID } from "../support/okip";
import { createViewer, removeFixtureUsers } from "../support/viewers";

// The editors' data layer for posts against the real database: who may call it, and what a
// save does (versions, revisions, slugs, redirects, schedules, sanitizing). Every post made
// here has a title starting with "Fixture" and is removed afterwards.

let db: Db;
let editor: Viewer;
let admin: Viewer;
let member: Viewer;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  editor = await createViewer(db, "EDITOR");
  admin = await createViewer(db, "ADMIN");
  const pikmed = await db.cluster.findUniqueOrThrow({ where: { slug: "pikmed" } });
  member = await createViewer(db, "MEMBER", pikmed.id);
});

afterAll(async () => {
  await db.post.deleteMany({ where: { translations: { some: { title: { startsWith: "Fixture" } } } } });
  await db.revision.deleteMany({ where: { authorId: { in: [editor.id, admin.id] } } });
  await removeFixtureUsers(db);
  await db.$disconnect();
});

const translation = (title: string, extra: Partial<PostWrite["translations"]["pl"]> = {}) => ({
  title,
  slug: "",
  excerpt: "",
  body: `<p>${title} body</p>`,
  seoTitle: "",
  seoDescription: "",
  publish: true,
  ...extra,
});

function write(overrides: Partial<PostWrite> = {}): PostWrite {
  return {
    id: null,
    expectedVersion: 0,
    status: "PUBLISHED",
    publishedAt: new Date(Date.now() - 60_000),
    authorName: "Fixture Author",
    coverId: null,
    agreementId: null,
    tagIds: [],
    clusterIds: [],
    translations: { pl: translation(`Fixture ${Math.random().toString(36).slice(2, 8)}`) },
    ...overrides,
  };
}

async function tableCounts() {
  const [posts, translations, revisions, redirects, audit] = await Promise.all([
    db.post.count(),
    db.postTranslation.count(),
    db.revision.count(),
    db.postSlugRedirect.count(),
    db.auditLog.count(),
  ]);
  return { posts, translations, revisions, redirects, audit };
}

describe("authorization of every post data function", () => {
  const calls: [string, (viewer: Viewer | null) => Promise<unknown>][] = [
    ["listAdminPosts", (v) => listAdminPosts(v)],
    ["getDashboard", (v) => getDashboard(v)],
    ["getPostForEditor", (v) => getPostForEditor(v, OKIP_POST_ID)],
    ["getPostEditorOptions", (v) => getPostEditorOptions(v, "pl")],
    ["savePost (create)", (v) => savePost(v, write())],
    ["savePost (update)", (v) => savePost(v, write({ id: OKIP_POST_ID, expectedVersion: 1 }))],
    ["unpublishPost", (v) => unpublishPost(v, OKIP_POST_ID, 1)],
    ["restorePostRevision", (v) => restorePostRevision(v, OKIP_POST_ID, 1, 1)],
    ["getRevisionHistory", (v) => getRevisionHistory(v, { type: "post", id: OKIP_POST_ID })],
    ["getPostPreview", (v) => getPostPreview(v, "pl", "anything")],
    ["previewSlug", (v) => previewSlug(v, OKIP_POST_ID, "pl")],
  ];

  for (const [name, call] of calls) {
    it(`${name} refuses anonymous visitors and members, changing nothing`, async () => {
      const before = await tableCounts();
      const okip = await db.post.findUniqueOrThrow({ where: { id: OKIP_POST_ID }, include: { translations: true } });
      await expect(call(null)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(call(member)).rejects.toBeInstanceOf(AuthorizationError);
      expect(await tableCounts()).toEqual(before);
      expect(await db.post.findUniqueOrThrow({ where: { id: OKIP_POST_ID }, include: { translations: true } })).toEqual(
        okip,
      );
    });
  }

  it("lets editors and admins read", async () => {
    expect((await listAdminPosts(editor)).total).toBeGreaterThan(40);
    expect((await getPostForEditor(admin, OKIP_POST_ID))?.translations.ru.title).toContain("OKIP");
  });
});

describe("saving posts", () => {
  it("creates a post with a Polish slug from the title, a first revision and an audit row", async () => {
    const result = await savePost(editor, write({ translations: { pl: translation("Fixture Łódź – żółta gęś") } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.version).toBe(1);
    expect(result.slugs.pl).toBe("fixture-lodz-zolta-ges");
    const revisions = await db.revision.findMany({ where: { entityType: "post", entityId: result.id } });
    expect(revisions).toHaveLength(1);
    const audit = await db.auditLog.findFirst({ where: { entityId: result.id, action: "post.create" } });
    expect(audit?.userId).toBe(editor.id);
  });

  it("publishes Polish while the English translation stays a draft", async () => {
    const result = await savePost(
      editor,
      write({
        translations: {
          pl: translation("Fixture Polski wpis"),
          en: translation("Fixture English draft", { publish: false }),
        },
      }),
    );
    if (!result.ok) throw new Error(result.error);
    expect((await queryPostBySlug("pl", result.slugs.pl!)).kind).toBe("found");
    // The English draft's own address does not exist for visitors; the English page of the
    // post shows the Polish original instead.
    expect((await queryPostBySlug("en", result.slugs.en!)).kind).toBe("missing");
    const english = await queryPostBySlug("en", result.slugs.pl!);
    expect(english.kind === "found" && english.post.isFallback).toBe(true);
  });

  it("refuses a second save of the same version (optimistic lock) and keeps the first", async () => {
    const created = await savePost(editor, write());
    if (!created.ok) throw new Error(created.error);
    const first = await savePost(editor, write({ id: created.id, expectedVersion: 1, authorName: "First editor" }));
    expect(first.ok).toBe(true);
    const second = await savePost(admin, write({ id: created.id, expectedVersion: 1, authorName: "Second editor" }));
    expect(second).toMatchObject({ ok: false, error: "conflict", version: 2 });
    const row = await db.post.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.authorName).toBe("First editor");
    expect(row.version).toBe(2);
  });

  it("refuses a slug already used by another post in the same locale", async () => {
    const okipSlug = (await db.postTranslation.findFirstOrThrow({ where: { postId: OKIP_POST_ID, locale: "pl" } }))
      .slug;
    const before = await tableCounts();
    const result = await savePost(
      editor,
      write({ translations: { pl: translation("Fixture clash", { slug: okipSlug }) } }),
    );
    expect(result).toEqual({ ok: false, error: "slugTaken", locale: "pl" });
    expect(await tableCounts()).toEqual(before);
  });

  it("keeps a renamed published slug as a permanent redirect, and a new post may reuse it later", async () => {
    const created = await savePost(
      editor,
      write({ translations: { pl: translation("Fixture stary tytul", { slug: "fixture-stary-adres" }) } }),
    );
    if (!created.ok) throw new Error(created.error);
    const renamed = await savePost(
      editor,
      write({
        id: created.id,
        expectedVersion: 1,
        translations: { pl: translation("Fixture stary tytul", { slug: "fixture-nowy-adres" }) },
      }),
    );
    expect(renamed.ok).toBe(true);
    expect(await queryPostBySlug("pl", "fixture-stary-adres")).toEqual({ kind: "moved", slug: "fixture-nowy-adres" });
    expect((await queryPostBySlug("pl", "fixture-nowy-adres")).kind).toBe("found");

    const other = await savePost(
      editor,
      write({ translations: { pl: translation("Fixture inny", { slug: "fixture-stary-adres" }) } }),
    );
    expect(other.ok).toBe(true);
    const reused = await queryPostBySlug("pl", "fixture-stary-adres");
    expect(reused.kind === "found" && reused.post.title).toBe("Fixture inny");
  });

  it("sanitizes every XSS payload in the body and stores titles as plain text", async () => {
    const payloads = [
      `<script>alert(1)</script>`,
      `<img src=x onerror="alert(1)">`,
      `<a href="javascript:alert(1)">x</a>`,
      `<p onclick="alert(1)" style="color:red">y</p>`,
      `<iframe src="https://evil.example"></iframe>`,
      `<svg><script>alert(1)</script></svg>`,
      `<a href="https://example.org" target="_blank" onmouseover="x()">ok</a>`,
    ];
    const title = `Fixture <script>alert("t")</script>`;
    const result = await savePost(
      editor,
      write({
        translations: {
          pl: translation(title, {
            body: payloads.join(""),
            excerpt: "<b onmouseover=x>e</b>",
            seoTitle: "<script>s</script>",
          }),
        },
      }),
    );
    if (!result.ok) throw new Error(result.error);
    const stored = await db.postTranslation.findFirstOrThrow({ where: { postId: result.id, locale: "pl" } });
    expect(stored.body).not.toMatch(/<script|onerror|onclick|onmouseover|javascript:|<iframe|<svg|style=/i);
    expect(stored.body).toContain('<a href="https://example.org" rel="noopener noreferrer">ok</a>');
    // Titles are text: React escapes them on render; they are stored as typed.
    expect(stored.title).toBe(title);
    const page = await queryPostBySlug("pl", stored.slug);
    expect(page.kind === "found" && page.post.body).not.toMatch(/<script|onerror/);
  });

  it("records a revision per save and restores an earlier one as a new version", async () => {
    const created = await savePost(editor, write({ translations: { pl: translation("Fixture wersja pierwsza") } }));
    if (!created.ok) throw new Error(created.error);
    await savePost(
      admin,
      write({ id: created.id, expectedVersion: 1, translations: { pl: translation("Fixture wersja druga") } }),
    );
    const history = await getRevisionHistory(editor, { type: "post", id: created.id });
    expect(history.map((h) => h.version)).toEqual([2, 1]);
    expect(history[0]?.author).toBe("Fixture ADMIN");
    expect(history[0]?.changes).toContainEqual(
      expect.objectContaining({
        path: "translations.pl.title",
        before: "Fixture wersja pierwsza",
        after: "Fixture wersja druga",
        locale: "pl",
      }),
    );
    const restored = await restorePostRevision(editor, created.id, 1, 2);
    expect(restored).toMatchObject({ ok: true, version: 3 });
    const post = await getPostForEditor(editor, created.id);
    expect(post?.translations.pl.title).toBe("Fixture wersja pierwsza");
  });

  it("marks a translation outdated when the Polish text changes after it", async () => {
    const created = await savePost(
      editor,
      write({ translations: { pl: translation("Fixture zrodlo"), en: translation("Fixture source") } }),
    );
    if (!created.ok) throw new Error(created.error);
    expect((await getPostForEditor(editor, created.id))?.translations.en.state).toBe("published");
    await new Promise((r) => setTimeout(r, 5));
    await savePost(
      editor,
      write({
        id: created.id,
        expectedVersion: 1,
        translations: { pl: translation("Fixture zrodlo zmienione"), en: translation("Fixture source") },
      }),
    );
    expect((await getPostForEditor(editor, created.id))?.translations.en.state).toBe("outdated");
    await savePost(
      editor,
      write({
        id: created.id,
        expectedVersion: 2,
        translations: { pl: translation("Fixture zrodlo zmienione"), en: translation("Fixture source updated") },
      }),
    );
    expect((await getPostForEditor(editor, created.id))?.translations.en.state).toBe("published");
  });

  it("unpublishes a post: it leaves the public lists", async () => {
    const created = await savePost(
      editor,
      write({ publishedAt: new Date(), translations: { pl: translation("Fixture do wycofania") } }),
    );
    if (!created.ok) throw new Error(created.error);
    expect((await queryNewsPage("pl", 1))?.posts.some((p) => p.id === created.id)).toBe(true);
    expect((await unpublishPost(editor, created.id, 1)).ok).toBe(true);
    expect((await queryNewsPage("pl", 1))?.posts.some((p) => p.id === created.id)).toBe(false);
  });
});

describe("scheduled publishing", () => {
  it("keeps a scheduled post hidden until its time, then publishes it without anyone", async () => {
    const at = new Date(Date.now() + 60_000);
    const created = await savePost(
      editor,
      write({ status: "SCHEDULED", publishedAt: at, translations: { pl: translation("Fixture zaplanowany") } }),
    );
    if (!created.ok) throw new Error(created.error);
    expect((await queryPostBySlug("pl", created.slugs.pl!)).kind).toBe("missing");
    expect((await nextScheduledAt())!.getTime()).toBeLessThanOrEqual(at.getTime());

    expect(await publishDuePosts(new Date(at.getTime() - 1000))).toBe(0);
    // The scheduler's clock reaches the publishing time (the post's time itself is what counts).
    await db.post.update({ where: { id: created.id }, data: { publishedAt: new Date(Date.now() - 1000) } });
    expect(await publishDuePosts()).toBeGreaterThanOrEqual(1);
    expect((await db.post.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("PUBLISHED");
    expect((await queryPostBySlug("pl", created.slugs.pl!)).kind).toBe("found");
    expect(await db.auditLog.count({ where: { entityId: created.id, action: "post.autoPublish" } })).toBe(1);
    const published = await db.post.findUniqueOrThrow({ where: { id: created.id } });
    expect(
      await db.revision.count({ where: { entityType: "post", entityId: created.id, version: published.version } }),
    ).toBe(1);
    // Running again publishes nothing twice.
    expect(await publishDuePosts()).toBe(0);
  });

  it("publishes a post with its revision and audit entry or not at all", async () => {
    const created = await savePost(
      editor,
      write({
        status: "SCHEDULED",
        publishedAt: new Date(Date.now() + 3_600_000),
        translations: { pl: translation("Fixture zaplanowany, audyt zawodzi") },
      }),
    );
    if (!created.ok) throw new Error(created.error);
    await db.post.update({ where: { id: created.id }, data: { publishedAt: new Date(Date.now() - 1000) } });
    // The audit entry cannot be written (as if the process died right after publishing).
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_auto_publish() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'post.autoPublish' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_auto_publish BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION refuse_auto_publish()`,
    );
    try {
      await expect(publishDuePosts()).rejects.toThrow(/audit refused/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_auto_publish ON "AuditLog"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_auto_publish()`);
    }
    const post = await db.post.findUniqueOrThrow({ where: { id: created.id } });
    expect([post.status, post.version]).toEqual(["SCHEDULED", created.version]);
    expect(await db.revision.count({ where: { entityId: created.id } })).toBe(1);
    // The next tick publishes it completely.
    expect(await publishDuePosts()).toBeGreaterThanOrEqual(1);
    expect(await db.auditLog.count({ where: { entityId: created.id, action: "post.autoPublish" } })).toBe(1);
    expect(await db.revision.count({ where: { entityId: created.id } })).toBe(2);
  });

  it("lets an editor preview a draft that visitors cannot see", async () => {
    const created = await savePost(
      editor,
      write({
        status: "DRAFT",
        publishedAt: null,
        translations: { pl: translation("Fixture szkic podglad", { publish: false }) },
      }),
    );
    if (!created.ok) throw new Error(created.error);
    expect((await queryPostBySlug("pl", created.slugs.pl!)).kind).toBe("missing");
    const preview = await getPostPreview(editor, "pl", created.slugs.pl!);
    expect(preview.kind === "found" && preview.post.title).toBe("Fixture szkic podglad");
  });
});

describe("scheduler and editors", () => {
  it("publishing by the scheduler makes a new version, so an editor's older form gets a conflict", async () => {
    const created = await savePost(
      editor,
      write({
        status: "SCHEDULED",
        publishedAt: new Date(Date.now() + 60_000),
        translations: { pl: translation("Fixture wyscig") },
      }),
    );
    if (!created.ok) throw new Error(created.error);
    await db.post.update({ where: { id: created.id }, data: { publishedAt: new Date(Date.now() - 1000) } });
    expect(await publishDuePosts()).toBeGreaterThanOrEqual(1);
    expect(await savePost(editor, write({ id: created.id, expectedVersion: 1, status: "DRAFT" }))).toMatchObject({
      ok: false,
      error: "conflict",
    });
  });
});
