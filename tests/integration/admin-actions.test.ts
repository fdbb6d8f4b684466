import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { effects, signInAs } from "../support/next-request";
import type { Viewer } from "@/lib/auth/viewer";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import { OKIP_POST_ID } from "../support/okip";
import { createViewer, removeFixtureUsers } from "../support/viewers";

// The session boundary of every admin server action and route: called by an anonymous
// visitor or a cluster member (and, for admin-only ones, an editor), each refuses and the
// database is unchanged. Only the session is simulated (getViewer); the database is real.

let db: Db;
let member: Viewer;
let editor: Viewer;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  member = await createViewer(db, "MEMBER", (await db.cluster.findFirstOrThrow({ where: { slug: "pikmed" } })).id);
  editor = await createViewer(db, "EDITOR");
});

afterAll(async () => {
  await removeFixtureUsers(db);
  await db.$disconnect();
});

async function snapshot() {
  const tables = [
    "Post",
    "PostTranslation",
    "Revision",
    "User",
    "UserToken",
    "AuditLog",
    "Media",
    "Cluster",
    "Agreement",
  ];
  const counts = await Promise.all(
    tables.map((t) => db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${t}"`)),
  );
  const okip = await db.post.findUniqueOrThrow({ where: { id: OKIP_POST_ID }, include: { translations: true } });
  return { counts: counts.map((rows) => Number(rows[0]!.n)), okip };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const postForm = {
  locale: "pl",
  id: OKIP_POST_ID,
  version: "1",
  status: "PUBLISHED",
  publishAt: "",
  authorName: "Intruder",
  "t.pl.title": "Hijacked",
  "t.pl.body": "<p>Hijacked</p>",
  "t.pl.publish": "on",
};

type Action = (state: { status: "idle" }, data: FormData) => Promise<{ status: string; message?: string }>;

const actions: { name: string; load: () => Promise<Action>; fields: Record<string, string>; adminOnly?: boolean }[] = [
  {
    name: "savePostAction (update)",
    load: async () => (await import("@/app/[locale]/admin/posts/actions")).savePostAction,
    fields: postForm,
  },
  {
    name: "savePostAction (create)",
    load: async () => (await import("@/app/[locale]/admin/posts/actions")).savePostAction,
    fields: { ...postForm, id: "", version: "0" },
  },
  {
    name: "unpublishPostAction",
    load: async () => (await import("@/app/[locale]/admin/posts/actions")).unpublishPostAction,
    fields: { locale: "pl", id: OKIP_POST_ID, version: "1" },
  },
  {
    name: "restorePostAction",
    load: async () => (await import("@/app/[locale]/admin/posts/actions")).restorePostAction,
    fields: { locale: "pl", id: OKIP_POST_ID, revision: "1", version: "1" },
  },
  {
    name: "tagAction (save)",
    load: async () => (await import("@/app/[locale]/admin/tags/actions")).tagAction,
    fields: { locale: "pl", id: "", slug: "intruder", "name.pl": "Intruz" },
  },
  {
    name: "tagAction (delete)",
    load: async () => (await import("@/app/[locale]/admin/tags/actions")).tagAction,
    fields: { locale: "pl", id: "any", operation: "delete" },
  },
  {
    name: "saveClusterAction",
    load: async () => (await import("@/app/[locale]/admin/clusters/actions")).saveClusterAction,
    fields: { locale: "pl", id: "", version: "0", slug: "intruder", "t.pl.name": "Intruz" },
  },
  {
    name: "restoreClusterAction",
    load: async () => (await import("@/app/[locale]/admin/clusters/actions")).restoreClusterAction,
    fields: { locale: "pl", id: "any", revision: "1", version: "1" },
  },
  {
    name: "saveAgreementAction",
    load: async () => (await import("@/app/[locale]/admin/agreements/actions")).saveAgreementAction,
    fields: {
      locale: "pl",
      id: "",
      version: "0",
      slug: "intruder",
      signedAt: "2026-01-01",
      place: "X",
      "t.pl.title": "Intruz",
    },
  },
  {
    name: "restoreAgreementAction",
    load: async () => (await import("@/app/[locale]/admin/agreements/actions")).restoreAgreementAction,
    fields: { locale: "pl", id: "any", revision: "1", version: "1" },
  },
  {
    name: "uploadMediaAction",
    load: async () => (await import("@/app/[locale]/admin/media/actions")).uploadMediaAction,
    fields: { locale: "pl", "alts.pl": "Intruz" },
  },
  {
    name: "updateMediaTextAction",
    load: async () => (await import("@/app/[locale]/admin/media/actions")).updateMediaTextAction,
    fields: { locale: "pl", id: "any", "alts.pl": "Intruz" },
  },
  {
    name: "deleteMediaAction",
    load: async () => (await import("@/app/[locale]/admin/media/actions")).deleteMediaAction,
    fields: { locale: "pl", id: "any" },
  },
  {
    name: "inviteUserAction",
    adminOnly: true,
    load: async () => (await import("@/app/[locale]/admin/users/actions")).inviteUserAction,
    fields: { locale: "pl", email: "intruder@example.org", name: "Intruder", role: "ADMIN", userLocale: "pl" },
  },
  {
    name: "userAccountAction",
    adminOnly: true,
    load: async () => (await import("@/app/[locale]/admin/users/actions")).userAccountAction,
    fields: { locale: "pl", id: "anyone", operation: "disable" },
  },
];

describe("admin server actions refuse visitors without the right role", () => {
  for (const action of actions) {
    it(`${action.name}: anonymous, member${action.adminOnly ? " and editor" : ""} are refused; nothing changes`, async () => {
      const run = await action.load();
      const before = await snapshot();
      for (const viewer of [null, member, ...(action.adminOnly ? [editor] : [])]) {
        await signInAs(db, viewer);
        const result = await run({ status: "idle" }, form(action.fields));
        expect(result).toEqual({ status: "error", message: "Nie masz uprawnień do tej operacji." });
      }
      expect(await snapshot()).toEqual(before);
      expect(effects).toEqual({ revalidated: [], redirected: [] });
    });
  }
});

describe("admin routes refuse visitors without the right role", () => {
  it("draft mode (preview) is for editors only", async () => {
    const { GET } = await import("@/app/api/draft/route");
    for (const viewer of [null, member]) {
      await signInAs(db, viewer);
      const response = await GET(new Request(`http://portal.test/api/draft?post=${OKIP_POST_ID}&locale=pl`));
      expect(response.status).toBe(403);
    }
    expect(effects.redirected).toEqual([]);
  });

  it("the scheduler route needs its token", async () => {
    const { POST } = await import("@/app/api/scheduler/route");
    const response = await POST(
      new Request("http://portal.test/api/scheduler", { method: "POST", headers: { authorization: "Bearer guess" } }),
    );
    expect(response.status).toBe(401);
  });
});
