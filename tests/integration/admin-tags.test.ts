import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAdminTags } from "@/lib/data/admin/tags/queries";
import { AuthorizationError, type Viewer } from "@/lib/auth/viewer";
import { deleteTag, saveTag } from "@/lib/data/admin/tags/save";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import { createViewer, removeFixtureUsers } from "../support/viewers";

let db: Db;
let editor: Viewer;
let member: Viewer;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  editor = await createViewer(db, "EDITOR");
  member = await createViewer(db, "MEMBER", (await db.cluster.findFirstOrThrow({ where: { slug: "pikmed" } })).id);
});

afterAll(async () => {
  await db.tag.deleteMany({ where: { slug: { startsWith: "fixture" } } });
  await removeFixtureUsers(db);
  await db.$disconnect();
});

const names = { pl: "Fixture Innowacje", en: "Fixture Innovation", de: "", fr: "", ru: "" };

describe("tags in the admin", () => {
  it("refuses anonymous visitors and members for every function, changing nothing", async () => {
    const before = await db.tagTranslation.findMany({ orderBy: { id: "asc" } });
    const some = await db.tag.findFirstOrThrow();
    for (const viewer of [null, member]) {
      await expect(listAdminTags(viewer)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(saveTag(viewer, { id: null, slug: "fixture-x", names })).rejects.toBeInstanceOf(AuthorizationError);
      await expect(saveTag(viewer, { id: some.id, slug: "fixture-y", names })).rejects.toBeInstanceOf(
        AuthorizationError,
      );
      await expect(deleteTag(viewer, some.id)).rejects.toBeInstanceOf(AuthorizationError);
    }
    expect(await db.tagTranslation.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("creates a tag with a slug from its Polish name, renames it, refuses a taken slug, deletes it", async () => {
    const created = await saveTag(editor, { id: null, slug: "", names });
    if (!created.ok) throw new Error(created.error);
    const listed = (await listAdminTags(editor)).find((t) => t.id === created.id);
    expect(listed).toMatchObject({
      slug: "fixture-innowacje",
      names: { pl: "Fixture Innowacje", en: "Fixture Innovation", de: "" },
      posts: 0,
    });
    expect(await saveTag(editor, { id: created.id, slug: "fixture-nowe", names: { ...names, en: "" } })).toEqual({
      ok: true,
      id: created.id,
    });
    expect(await db.tagTranslation.count({ where: { tagId: created.id } })).toBe(1);
    const existing = await db.tag.findFirstOrThrow({ where: { slug: { not: "fixture-nowe" } } });
    expect(await saveTag(editor, { id: created.id, slug: existing.slug, names })).toEqual({
      ok: false,
      error: "slugTaken",
    });
    expect(await deleteTag(editor, created.id)).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: created.id, entityType: "tag" } })).toBe(3);
  });
});
