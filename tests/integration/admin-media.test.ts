import { randomUUID } from "node:crypto";
import { listMediaLibrary } from "@/lib/data/admin/media/queries";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AuthorizationError, type Viewer } from "@/lib/auth/viewer";
import { deleteMedia, type MediaUploadInput, updateMediaText, uploadMedia } from "@/lib/data/admin/media/save";
import { db } from "@/lib/db";
import { connectSql, type Sql } from "../support/integration";
import { jpeg, pdf, png, pngClaiming, webp } from "../support/media-fixtures";

// The media library's data layer against the real database and a temporary MEDIA_DIR: who may
// use it, what an upload stores (row, descriptions, files, audit), what is refused, and that an
// item in use cannot be deleted. Users made here have e-mails starting with "media-fixture-".

let root: string;
let sql: Sql;
let editor: Viewer;
let admin: Viewer;
let member: Viewer;
const createdPosts: string[] = [];

async function createViewer(role: Viewer["role"], clusterId: string | null = null): Promise<Viewer> {
  const email = `media-fixture-${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.org`;
  const user = await db.user.create({ data: { email, name: `Media ${role}`, role, clusterId } });
  return { id: user.id, email, name: user.name, role, clusterId, locale: "pl" };
}

beforeAll(async () => {
  // env() is read lazily and cached per test file: MEDIA_DIR is set before anything reads it.
  root = path.join(await mkdtemp(path.join(tmpdir(), "okip-admin-media-")), "media");
  vi.stubEnv("MEDIA_DIR", root);
  vi.stubEnv("MEDIA_MAX_BYTES", undefined);
  sql = await connectSql();
  editor = await createViewer("EDITOR");
  admin = await createViewer("ADMIN");
  const cluster = await db.cluster.findFirstOrThrow({ orderBy: { slug: "asc" } });
  member = await createViewer("MEMBER", cluster.id);
});

afterAll(async () => {
  await db.post.deleteMany({ where: { id: { in: createdPosts } } });
  const fixtures = { startsWith: "media-fixture-" };
  await db.media.deleteMany({ where: { uploadedBy: { email: fixtures } } });
  await db.user.deleteMany({ where: { email: fixtures } });
  await sql?.end();
  vi.unstubAllEnvs();
  await rm(path.dirname(root), { recursive: true, force: true });
});

async function storedFiles(): Promise<string[]> {
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
      .sort();
  } catch {
    return [];
  }
}

// Everything an upload, edit or deletion could change.
async function state() {
  const [counts] = await sql.rows<{ media: number; translations: number; audit: number }>(
    `SELECT (SELECT count(*)::int FROM "Media") AS media,
            (SELECT count(*)::int FROM "MediaTranslation") AS translations,
            (SELECT count(*)::int FROM "AuditLog" WHERE "entityType" = 'media') AS audit`,
  );
  const texts = await sql.rows(`SELECT "mediaId", locale::text, alt, caption FROM "MediaTranslation" ORDER BY id`);
  return { counts, texts, files: await storedFiles() };
}

async function uploaded(viewer: Viewer, input: MediaUploadInput): Promise<string> {
  const result = await uploadMedia(viewer, input);
  if (!result.ok) throw new Error(`upload refused: ${result.error}`);
  return result.id;
}

async function mediaRow(id: string) {
  const [row] = await sql.rows<{
    kind: string;
    path: string;
    fileName: string;
    mimeType: string;
    width: number | null;
    variants: { path: string; width: number }[];
    uploadedById: string;
    clusterId: string | null;
  }>(
    `SELECT kind::text, path, "fileName", "mimeType", width, variants, "uploadedById", "clusterId" FROM "Media" WHERE id = $1`,
    [id],
  );
  return row;
}

async function altsOf(id: string): Promise<Record<string, string>> {
  const rows = await sql.rows<{ locale: string; alt: string }>(
    `SELECT locale::text, alt FROM "MediaTranslation" WHERE "mediaId" = $1`,
    [id],
  );
  return Object.fromEntries(rows.map((r) => [r.locale, r.alt]));
}

async function auditOf(id: string): Promise<{ action: string; userId: string | null; data: unknown }[]> {
  return sql.rows(
    `SELECT action, "userId", data FROM "AuditLog" WHERE "entityType" = 'media' AND "entityId" = $1 ORDER BY "createdAt", id`,
    [id],
  );
}

describe("authorization", () => {
  it("refuses signed-out viewers and members without a cluster in every function, changing no row and no file", async () => {
    const target = await uploaded(editor, {
      bytes: await jpeg(400, 300),
      fileName: "target.jpg",
      alts: { pl: "Cel", en: "Target" },
    });
    const before = await state();
    const clusterless = await createViewer("MEMBER");
    for (const viewer of [null, clusterless]) {
      const input = { bytes: await png(50, 50), fileName: "sneaky.png", alts: { pl: "x" } };
      await expect(uploadMedia(viewer, input)).rejects.toThrow(AuthorizationError);
      await expect(listMediaLibrary(viewer, {})).rejects.toThrow(AuthorizationError);
      await expect(updateMediaText(viewer, target, { alts: { pl: "Zmienione" } })).rejects.toThrow(AuthorizationError);
      await expect(deleteMedia(viewer, target)).rejects.toThrow(AuthorizationError);
    }
    expect(await state()).toEqual(before);
    expect(await altsOf(target)).toEqual({ pl: "Cel", en: "Target" });
  });

  it("lets a cluster member reach only its own cluster's files: another's or the editors' ids find nothing", async () => {
    const target = await uploaded(editor, {
      bytes: await jpeg(300, 200),
      fileName: "network.jpg",
      alts: { pl: "Sieć" },
    });
    const before = await state();
    expect((await listMediaLibrary(member, {})).rows.map((r) => r.id)).not.toContain(target);
    expect(await updateMediaText(member, target, { alts: { pl: "Zmienione" } })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await deleteMedia(member, target)).toEqual({ ok: false, error: "notFound" });
    expect(await state()).toEqual(before);
    expect(await altsOf(target)).toEqual({ pl: "Sieć" });
    // Its own upload belongs to its cluster, and it can manage that one.
    const own = await uploaded(member, { bytes: await png(60, 60), fileName: "logo.png", alts: { pl: "Logo" } });
    expect((await mediaRow(own))?.clusterId).toBe(member.clusterId);
    expect((await listMediaLibrary(member, {})).rows.map((r) => r.id)).toEqual([own]);
    expect(await updateMediaText(member, own, { alts: { pl: "Nowe logo" } })).toEqual({ ok: true });
    expect(await deleteMedia(member, own)).toEqual({ ok: true });
  });
});

describe("uploadMedia", () => {
  it("stores a JPEG with its variants, the uploader, descriptions per language and an audit row", async () => {
    const before = await storedFiles();
    const id = await uploaded(editor, {
      bytes: await jpeg(1000, 500),
      fileName: "Konferencja Łódź.jpeg",
      alts: { pl: "  Sala konferencyjna  ", en: "Conference room", de: " ", ru: "" },
    });
    const row = await mediaRow(id);
    expect(row).toMatchObject({
      kind: "IMAGE",
      mimeType: "image/jpeg",
      fileName: "Konferencja Łódź.jpg",
      width: 1000,
      uploadedById: editor.id,
    });
    expect(row!.variants.map((v) => v.width)).toEqual([320, 640, 960]);
    expect(await altsOf(id)).toEqual({ pl: "Sala konferencyjna", en: "Conference room" });
    const added = (await storedFiles()).filter((file) => !before.includes(file));
    expect(added).toEqual([row!.path, ...row!.variants.map((v) => v.path)].sort());
    expect(await auditOf(id)).toEqual([
      {
        action: "media.upload",
        userId: editor.id,
        data: { fileName: "Konferencja Łódź.jpg", kind: "IMAGE", size: expect.any(Number) },
      },
    ]);
  });

  it("stores PNG and WebP in their own format (admins may upload too)", async () => {
    const fromPng = await mediaRow(
      await uploaded(admin, { bytes: await png(700, 300), fileName: "logo.png", alts: { pl: "Logo" } }),
    );
    expect(fromPng).toMatchObject({ kind: "IMAGE", mimeType: "image/png", uploadedById: admin.id });
    expect(fromPng!.path).toMatch(/-logo\.png$/);
    const fromWebp = await mediaRow(
      await uploaded(editor, { bytes: await webp(400, 400), fileName: "photo.webp", alts: { pl: "Zdjęcie" } }),
    );
    expect(fromWebp).toMatchObject({ kind: "IMAGE", mimeType: "image/webp", width: 400 });
    expect(await storedFiles()).toContain(fromWebp!.path);
  });

  it("stores a PDF as a document, with or without a description", async () => {
    const id = await uploaded(editor, { bytes: pdf(), fileName: "Porozumienie 2024.pdf", alts: {} });
    expect(await mediaRow(id)).toMatchObject({
      kind: "DOCUMENT",
      mimeType: "application/pdf",
      fileName: "Porozumienie 2024.pdf",
      width: null,
      variants: [],
    });
    expect(await altsOf(id)).toEqual({});
    expect(await storedFiles()).toContain((await mediaRow(id))!.path);
  });

  it("refuses SVG, renamed HTML, oversized and broken files, and images without a Polish description", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const html = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>");
    const tooBig = Buffer.concat([await jpeg(100, 100), Buffer.alloc(10 * 1024 * 1024)]);
    const photo = await jpeg(800, 600);
    const cases: [MediaUploadInput, string][] = [
      [{ bytes: svg, fileName: "logo.svg", alts: { pl: "Logo" } }, "unsupportedType"],
      [{ bytes: html, fileName: "photo.jpg", alts: { pl: "Zdjęcie" } }, "unsupportedType"],
      [{ bytes: tooBig, fileName: "huge.jpg", alts: { pl: "Duże" } }, "tooLarge"],
      [{ bytes: pngClaiming(10_000, 10_000), fileName: "bomb.png", alts: { pl: "Bomba" } }, "tooLarge"],
      [{ bytes: photo.subarray(0, photo.length / 2), fileName: "cut.jpg", alts: { pl: "Ucięte" } }, "corrupt"],
      [{ bytes: pdf().subarray(0, 100), fileName: "cut.pdf", alts: {} }, "corrupt"],
      [{ bytes: photo, fileName: "no-alt.jpg", alts: { pl: "  ", en: "English only" } }, "altRequired"],
    ];
    const before = await state();
    for (const [input, error] of cases) {
      expect(await uploadMedia(editor, input), input.fileName).toEqual({ ok: false, error });
    }
    expect(await state()).toEqual(before);
  });

  it("removes the written files when the row cannot be inserted", async () => {
    const before = await state();
    // An uploader id with no user row breaks the foreign key after the files are written.
    const ghost: Viewer = { ...editor, id: "no-such-user" };
    await expect(
      uploadMedia(ghost, { bytes: await jpeg(700, 400), fileName: "ghost.jpg", alts: { pl: "Duch" } }),
    ).rejects.toThrow();
    expect(await state()).toEqual(before);
  });
});

describe("listMediaLibrary", () => {
  it("lists newest first with descriptions per language, thumbnails with srcset, and a kind filter", async () => {
    const image = await uploaded(editor, {
      bytes: await jpeg(1000, 500),
      fileName: "list.jpg",
      alts: { pl: "Opis", fr: "Description" },
    });
    const document = await uploaded(editor, { bytes: pdf(), fileName: "list.pdf", alts: {} });
    const all = await listMediaLibrary(editor, { locale: "fr" });
    const [total] = await sql.rows<{ n: number }>(`SELECT count(*)::int AS n FROM "Media"`);
    expect(all.total).toBe(total!.n);
    expect(all.rows.slice(0, 2).map((r) => r.id)).toEqual([document, image]);
    const listed = all.rows[1]!;
    expect(listed).toMatchObject({
      kind: "IMAGE",
      fileName: "list.jpg",
      uploadedBy: editor.name,
      alts: { pl: "Opis", fr: "Description" },
      usage: { postCovers: 0, postBodies: 0, clusterLogos: 0, agreementDocuments: 0 },
    });
    expect(listed.image?.alt).toBe("Description");
    expect(listed.image?.srcSet).toMatch(/-320w\.webp 320w, .*-640w\.webp 640w, .*-960w\.webp 960w, .*\.jpg 1000w$/);
    expect(all.rows[0]).toMatchObject({
      kind: "DOCUMENT",
      image: null,
      url: expect.stringMatching(/^\/media\/.*\.pdf$/),
    });

    const documents = await listMediaLibrary(admin, { kind: "DOCUMENT" });
    expect(documents.rows.every((r) => r.kind === "DOCUMENT")).toBe(true);
    expect(documents.rows.map((r) => r.id)).toContain(document);
    expect(documents.rows.map((r) => r.id)).not.toContain(image);
    const secondPage = await listMediaLibrary(editor, { page: 2 });
    expect(secondPage.total).toBe(all.total);
  });
});

describe("updateMediaText", () => {
  it("saves descriptions per language, removes emptied ones, keeps captions and writes an audit row", async () => {
    const id = await uploaded(editor, {
      bytes: await png(300, 200),
      fileName: "texts.png",
      alts: { pl: "Stary opis", en: "Old", de: "Alt" },
    });
    await sql.rows(`UPDATE "MediaTranslation" SET caption = 'Podpis' WHERE "mediaId" = $1 AND locale = 'pl'`, [id]);
    expect(await updateMediaText(admin, id, { alts: { pl: "Nowy opis", en: "Old", fr: " Nouveau " } })).toEqual({
      ok: true,
    });
    expect(await altsOf(id)).toEqual({ pl: "Nowy opis", en: "Old", fr: "Nouveau" });
    const [caption] = await sql.rows<{ caption: string }>(
      `SELECT caption FROM "MediaTranslation" WHERE "mediaId" = $1 AND locale = 'pl'`,
      [id],
    );
    expect(caption?.caption).toBe("Podpis");
    const audit = await auditOf(id);
    expect(audit.at(-1)).toEqual({
      action: "media.update",
      userId: admin.id,
      data: { fileName: "texts.png", locales: ["pl", "de", "fr"] },
    });

    // Saving the same texts again changes nothing and records nothing.
    expect(await updateMediaText(editor, id, { alts: { pl: "Nowy opis", en: "Old", fr: "Nouveau" } })).toEqual({
      ok: true,
    });
    expect(await auditOf(id)).toHaveLength(audit.length);
  });

  it("refuses to remove an image's Polish description; documents and unknown ids", async () => {
    const image = await uploaded(editor, { bytes: await webp(200, 200), fileName: "keep.webp", alts: { pl: "Opis" } });
    const before = await state();
    expect(await updateMediaText(editor, image, { alts: { pl: "", en: "Only English" } })).toEqual({
      ok: false,
      error: "altRequired",
    });
    expect(await updateMediaText(editor, "no-such-media", { alts: { pl: "x" } })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await state()).toEqual(before);

    const document = await uploaded(editor, { bytes: pdf(), fileName: "doc.pdf", alts: { pl: "Dokument" } });
    expect(await updateMediaText(editor, document, { alts: {} })).toEqual({ ok: true });
    expect(await altsOf(document)).toEqual({});
  });
});

describe("deleteMedia", () => {
  it("deletes the row, its descriptions and every file, with an audit row", async () => {
    const id = await uploaded(editor, {
      bytes: await jpeg(1000, 500),
      fileName: "gone.jpg",
      alts: { pl: "Do usunięcia" },
    });
    const row = (await mediaRow(id))!;
    const files = [row.path, ...row.variants.map((v) => v.path)];
    expect(await storedFiles()).toEqual(expect.arrayContaining(files));

    expect(await deleteMedia(editor, id)).toEqual({ ok: true });
    expect(await mediaRow(id)).toBeUndefined();
    expect(await altsOf(id)).toEqual({});
    const left = await storedFiles();
    expect(files.filter((file) => left.includes(file))).toEqual([]);
    expect((await auditOf(id)).at(-1)).toEqual({
      action: "media.delete",
      userId: editor.id,
      data: { fileName: "gone.jpg", kind: "IMAGE", path: row.path },
    });
    expect(await deleteMedia(editor, id)).toEqual({ ok: false, error: "notFound" });
  });

  it("refuses while a post cover, post text, cluster logo or agreement document uses the item", async () => {
    const id = await uploaded(editor, { bytes: await jpeg(700, 400), fileName: "used.jpg", alts: { pl: "Używany" } });
    const row = (await mediaRow(id))!;
    const slug = `media-fixture-${randomUUID().slice(0, 8)}`;
    const cover = await db.post.create({
      data: { coverId: id, translations: { create: { locale: "pl", title: "Okładka", slug, body: "<p>x</p>" } } },
    });
    createdPosts.push(cover.id);
    // The body shows a resized variant, not the original: that is a use too.
    const text = await db.post.create({
      data: {
        translations: {
          create: {
            locale: "en",
            title: "In text",
            slug: `${slug}-text`,
            body: `<p><img src="/media/${row.variants[0]!.path}" alt="x"></p>`,
          },
        },
      },
    });
    createdPosts.push(text.id);
    const cluster = await db.cluster.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { id: true, logoId: true } });
    const agreement = await db.agreement.findFirstOrThrow({ select: { id: true, documentId: true } });
    await db.cluster.update({ where: { id: cluster.id }, data: { logoId: id } });
    await db.agreement.update({ where: { id: agreement.id }, data: { documentId: id } });
    try {
      const before = await state();
      const usage = { postCovers: 1, postBodies: 1, clusterLogos: 1, agreementDocuments: 1 };
      expect(await deleteMedia(admin, id)).toEqual({ ok: false, error: "inUse", usage });
      expect((await listMediaLibrary(editor, {})).rows.find((r) => r.id === id)?.usage).toEqual(usage);
      expect(await state()).toEqual(before);

      await db.cluster.update({ where: { id: cluster.id }, data: { logoId: cluster.logoId } });
      await db.agreement.update({ where: { id: agreement.id }, data: { documentId: agreement.documentId } });
      await db.post.update({ where: { id: cover.id }, data: { coverId: null } });
      expect(await deleteMedia(admin, id)).toEqual({
        ok: false,
        error: "inUse",
        usage: { postCovers: 0, postBodies: 1, clusterLogos: 0, agreementDocuments: 0 },
      });
      await db.post.delete({ where: { id: text.id } });
      expect(await deleteMedia(admin, id)).toEqual({ ok: true });
      expect(await mediaRow(id)).toBeUndefined();
    } finally {
      await db.cluster.update({ where: { id: cluster.id }, data: { logoId: cluster.logoId } });
      await db.agreement.update({ where: { id: agreement.id }, data: { documentId: agreement.documentId } });
    }
  });
});
