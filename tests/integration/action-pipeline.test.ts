import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { issueToken } from "@/lib/auth/token-issue";
import type { Guard } from "@/lib/actions/form-action";
import { saveAgreement } from "@/lib/data/admin/agreements/save";
import { type ClusterWrite, saveCluster } from "@/lib/data/admin/clusters/save";
import { createIssue, saveIssue } from "@/lib/data/admin/newsletter/save";
import { savePost } from "@/lib/data/admin/posts/save";
import { getMemberProfile, submitMemberProfile } from "@/lib/data/member/profile";
import { proposePost } from "@/lib/data/member/proposals";
import { db } from "@/lib/db";
import { subscriberToken } from "@/lib/newsletter/links";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import type { FormState } from "@/lib/validation/form";
import { clusterWrite } from "../support/clusters";
import { connectSql, databaseDigest, type Sql } from "../support/integration";
import { png } from "../support/media-fixtures";
import { signInAs } from "../support/next-request";
import { OKIP_POST_ID } from "../support/okip";
import { createViewer } from "../support/viewers";

// The one pipeline every server action runs through (lib/actions/form-action.ts), tried on every
// action of the app, found by reading app/**/actions.ts: each is declared here with its guard,
// so an action added without one fails the first test. Then the guards refuse anonymous
// visitors and the wrong roles with nothing changed, and two real database faults (the server
// unreachable; every write refused by a read-only PostgreSQL session) give every action the
// translated form error with everything submitted, never an exception or the public error page.

type Action = (state: FormState, data: FormData) => Promise<FormState>;
type Fields = Record<string, string | File>;

const REFUSED = "Nie masz uprawnień do tej operacji.";
const UNEXPECTED = /^Nie udało się tego teraz wykonać\. Nic nie zostało utracone .*\(Kod błędu: [0-9a-f]{8}\)$/;
const SECRET = "pipeline-test-secret-0123456789abcdef";
const run = Math.random().toString(36).slice(2, 8);

const modules: Record<string, () => Promise<Record<string, unknown>>> = {
  "(account)": () => import("@/app/[locale]/(account)/actions"),
  "(public)/newsletter": () => import("@/app/[locale]/(public)/newsletter/actions"),
  "admin/agreements": () => import("@/app/[locale]/admin/agreements/actions"),
  "admin/clusters": () => import("@/app/[locale]/admin/clusters/actions"),
  "admin/media": () => import("@/app/[locale]/admin/media/actions"),
  "admin/newsletter": () => import("@/app/[locale]/admin/newsletter/actions"),
  "admin/newsletter/subscribers": () => import("@/app/[locale]/admin/newsletter/subscribers/actions"),
  "admin/posts": () => import("@/app/[locale]/admin/posts/actions"),
  "admin/reviews": () => import("@/app/[locale]/admin/reviews/actions"),
  "admin/tags": () => import("@/app/[locale]/admin/tags/actions"),
  "admin/users": () => import("@/app/[locale]/admin/users/actions"),
  "my-cluster": () => import("@/app/[locale]/my-cluster/actions"),
  "my-cluster/media": () => import("@/app/[locale]/my-cluster/media/actions"),
  "my-cluster/posts": () => import("@/app/[locale]/my-cluster/posts/actions"),
  "my-cluster/team": () => import("@/app/[locale]/my-cluster/team/actions"),
};

// Fixtures the forms below name; made in beforeAll.
const f = {
  post: { id: "", version: 0 },
  cluster: { id: "", version: 0 },
  agreement: { id: "", version: 0 },
  change: { id: "", version: 0 },
  proposal: "",
  media: "",
  memberMedia: "",
  issue: { id: "", version: 0 },
  subscriber: { id: "", confirmToken: "" },
  userToDisable: "",
  resetToken: "",
  basis: { version: 0, changeId: "", changeVersion: 0 },
};

interface Case {
  guard: Guard;
  form: () => Fields | Promise<Fields>;
  // The few actions that answer although the database refuses every write: they only read, or
  // do their writing after the answer by design.
  readOnly?: "answers";
  // Fields the action never sends back (beside passwords).
  secret?: string[];
}

const post = (): Fields => ({
  status: "DRAFT",
  publishAt: "",
  authorName: "Piotr",
  "t.pl.title": `Wpis ${run}`,
  "t.pl.body": "<p>Treść wpisu.</p>",
  "t.en.title": `Post ${run}`,
  "t.en.body": "<p>Body.</p>",
  "t.de.title": `Beitrag ${run}`,
  "t.de.body": "<p>Text.</p>",
});
const upload = async (): Promise<Fields> => ({
  file: new File([new Uint8Array(await png(40, 30))], "plakat.png", { type: "image/png" }),
  "alts.pl": "Plakat konferencji",
  "alts.en": "Conference poster",
});

const cases: Record<string, Case> = {
  signInAction: { guard: "anyone", form: () => ({ email: "someone@example.org", password: "a password" }) },
  forgotPasswordAction: { guard: "anyone", form: () => ({ email: "someone@example.org" }), readOnly: "answers" },
  setPasswordAction: {
    guard: "anyone",
    form: () => ({ password: "a new password 2026", confirm: "a new password 2026", token: f.resetToken }),
  },
  subscribeAction: {
    guard: "anyone",
    form: () => ({ email: `pipeline-${run}@example.org`, language: "de", consent: "on" }),
    secret: ["locale", "website"],
  },
  confirmAction: { guard: "anyone", form: () => ({ token: f.subscriber.confirmToken }) },
  changeLanguageAction: {
    guard: "anyone",
    form: () => ({ s: f.subscriber.id, t: subscriberToken(SECRET, f.subscriber.id), language: "fr" }),
  },
  unsubscribeAction: {
    guard: "anyone",
    form: () => ({ s: f.subscriber.id, t: subscriberToken(SECRET, f.subscriber.id) }),
  },
  savePostAction: { guard: "editor", form: () => ({ id: "", version: "0", ...post() }) },
  unpublishPostAction: { guard: "editor", form: () => ({ id: OKIP_POST_ID, version: "1" }) },
  restorePostAction: {
    guard: "editor",
    form: () => ({ id: f.post.id, revision: "1", version: String(f.post.version) }),
  },
  saveClusterAction: {
    guard: "editor",
    form: () => ({ id: "", version: "0", slug: `pipeline-${run}`, "t.pl.name": "Klaster", "t.en.name": "Cluster" }),
  },
  restoreClusterAction: {
    guard: "editor",
    form: () => ({ id: f.cluster.id, revision: "1", version: String(f.cluster.version) }),
  },
  saveAgreementAction: {
    guard: "editor",
    form: () => ({
      id: "",
      version: "0",
      slug: "",
      signedAt: "2026-11-30",
      place: "Katowice",
      "t.pl.title": `Porozumienie ${run}`,
      "t.en.title": `Agreement ${run}`,
    }),
  },
  restoreAgreementAction: {
    guard: "editor",
    form: () => ({ id: f.agreement.id, revision: "1", version: String(f.agreement.version) }),
  },
  reviewChangeAction: {
    guard: "editor",
    form: () => ({ id: f.change.id, version: String(f.change.version), decision: "approve", comment: "" }),
  },
  declineProposalAction: { guard: "editor", form: () => ({ id: f.proposal, comment: "Nie tym razem." }) },
  uploadMediaAction: { guard: "editor", form: upload },
  updateMediaTextAction: {
    guard: "editor",
    form: () => ({ id: f.media, "alts.pl": "Nowy opis", "alts.de": "Neue Beschreibung" }),
  },
  deleteMediaAction: { guard: "editor", form: () => ({ id: f.media }) },
  createIssueAction: { guard: "editor", form: () => ({}) },
  saveIssueAction: {
    guard: "editor",
    form: () => ({
      id: f.issue.id,
      version: String(f.issue.version),
      posts: OKIP_POST_ID,
      "texts.pl.subject": "Temat",
      "texts.pl.intro": "Wstęp",
      "texts.en.subject": "Subject",
      "texts.en.intro": "Intro",
    }),
  },
  // A test e-mail only reads the issue (the mail goes to the outbox folder).
  sendTestAction: { guard: "editor", form: () => ({ id: f.issue.id, language: "en" }), readOnly: "answers" },
  startSendingAction: {
    guard: "editor",
    form: () => ({ id: f.issue.id, version: String(f.issue.version), reviewed: "on" }),
  },
  retryFailedAction: { guard: "editor", form: () => ({ id: f.issue.id }) },
  deleteIssueAction: { guard: "editor", form: () => ({ id: f.issue.id }) },
  eraseSubscriberAction: { guard: "admin", form: () => ({ id: f.subscriber.id, q: "", status: "", page: "1" }) },
  tagAction: {
    guard: "editor",
    form: () => ({ id: "", slug: `pipeline-${run}`, "names.pl": "Tag", "names.en": "Tag" }),
  },
  inviteUserAction: {
    guard: "admin",
    form: () => ({ email: `fixture-invite-${run}@example.org`, name: "Nowa", role: "EDITOR", userLocale: "en" }),
  },
  userAccountAction: { guard: "admin", form: () => ({ id: f.userToDisable, operation: "disable" }) },
  saveMyProfileAction: {
    guard: "member",
    form: () => ({
      id: f.cluster.id,
      version: String(f.basis.version),
      changeId: f.basis.changeId,
      changeVersion: String(f.basis.changeVersion),
      slug: "",
      "t.pl.name": `Klaster członka ${run}`,
      "t.pl.shortDescription": "Nowy opis po polsku",
      "t.en.name": `Member cluster ${run}`,
      "t.en.shortDescription": "A new English summary",
      "t.ru.name": `Кластер ${run}`,
    }),
  },
  restoreMyRevisionAction: {
    guard: "member",
    form: () => ({
      revision: "1",
      version: String(f.basis.version),
      changeId: f.basis.changeId,
      changeVersion: String(f.basis.changeVersion),
    }),
  },
  uploadMyMediaAction: { guard: "member", form: upload },
  updateMyMediaTextAction: { guard: "member", form: () => ({ id: f.memberMedia, "alts.pl": "Opis członka" }) },
  deleteMyMediaAction: { guard: "member", form: () => ({ id: f.memberMedia }) },
  proposePostAction: {
    guard: "member",
    form: () => ({ language: "en", title: "Our news", excerpt: "", body: "<p>News.</p>" }),
  },
  inviteCoEditorAction: {
    guard: "signedIn",
    form: () => ({
      clusterId: f.cluster.id,
      email: `fixture-coeditor-${run}@example.org`,
      name: "Kolega",
      userLocale: "pl",
    }),
  },
};

let sql: Sql;
// The test's own client, untouched when the app's is swapped for a faulty one.
let own: Db;
let seeded: Record<string, string>;
let mediaRoot: string;
let editor: Viewer;
let admin: Viewer;
let member: Viewer;
const clusters: string[] = [];
const posts: string[] = [];

// The fixture cluster as a write of its current version.
function clusterFixture(): ClusterWrite {
  return clusterWrite({
    id: f.cluster.id,
    expectedVersion: f.cluster.version,
    slug: `pipeline-fixture-${run}`,
    city: "Gliwice",
    translations: { pl: { name: `Klaster ${run}`, shortDescription: "Opis", description: "" } },
  });
}

function form(fields: Fields): FormData {
  const data = new FormData();
  data.append("locale", "pl");
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

// Every action module, loaded once in beforeAll: a cold import of the whole app is set-up, not the test.
const loaded: Record<string, Record<string, unknown>> = {};

async function actionOf(name: string): Promise<Action> {
  for (const exports of Object.values(loaded)) if (name in exports) return exports[name] as Action;
  throw new Error(`no action ${name}`);
}

// A viewer who passes the guard.
function allowed(guard: Guard): Viewer | null {
  return { anyone: null, signedIn: member, editor, admin, member }[guard];
}

// Viewers who must be refused.
function refusedBy(guard: Guard): (Viewer | null)[] {
  return {
    anyone: [],
    signedIn: [null],
    editor: [null, member],
    admin: [null, member, editor],
    member: [null, editor],
  }[guard];
}

// The text fields a form sends, as an error answer must give them back.
function sent(fields: Fields, secret: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries({ locale: "pl", ...fields })) {
    if (typeof value === "string" && ![...secret, "password", "confirm"].includes(key)) values[key] = value;
  }
  return values;
}

async function storedFiles(): Promise<string[]> {
  const entries = await readdir(mediaRoot, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

// Runs `work` with the app's database client (and the sign-in throttle's pool) on another URL.
async function withDatabase<T>(url: string, prepare: (client: Db) => Promise<void>, work: () => Promise<T>) {
  const app = globalThis as unknown as { db?: Db };
  const original = { client: app.db, url: process.env.DATABASE_URL };
  const client = createPrismaClient(url, 1);
  app.db = client;
  process.env.DATABASE_URL = url;
  try {
    await prepare(client);
    return await work();
  } finally {
    app.db = original.client;
    process.env.DATABASE_URL = original.url;
    await client.$disconnect().catch(() => {});
  }
}

beforeAll(async () => {
  mediaRoot = path.join(await mkdtemp(path.join(tmpdir(), "okip-pipeline-media-")), "media");
  vi.stubEnv("MEDIA_DIR", mediaRoot);
  vi.stubEnv("OUTBOX_DIR", path.join(path.dirname(mediaRoot), "outbox"));
  vi.stubEnv("SMTP_URL", "");
  vi.stubEnv("AUTH_SECRET", SECRET);
  vi.stubEnv("SITE_URL", "http://portal.test");
  for (const [folder, load] of Object.entries(modules)) loaded[folder] = await load();
  sql = await connectSql();
  own = createPrismaClient(process.env.DATABASE_URL!, 2);
  seeded = await databaseDigest(sql);

  editor = await createViewer(db, "EDITOR");
  admin = await createViewer(db, "ADMIN");
  const savedPost = await savePost(editor, {
    id: null,
    expectedVersion: 0,
    status: "DRAFT",
    publishedAt: null,
    authorName: "",
    coverId: null,
    agreementId: null,
    tagIds: [],
    clusterIds: [],
    translations: {
      pl: {
        title: `Fixture ${run}`,
        slug: "",
        excerpt: "",
        body: "<p>x</p>",
        seoTitle: "",
        seoDescription: "",
        publish: false,
      },
    },
  });
  if (!savedPost.ok) throw new Error(JSON.stringify(savedPost));
  f.post = { id: savedPost.id, version: savedPost.version };
  posts.push(savedPost.id);

  const savedCluster = await saveCluster(editor, { ...clusterFixture(), id: null, expectedVersion: 0 });
  if (!savedCluster.ok) throw new Error(JSON.stringify(savedCluster));
  f.cluster = { id: savedCluster.id, version: savedCluster.version };
  clusters.push(savedCluster.id);
  member = await createViewer(db, "MEMBER", savedCluster.id);

  const savedAgreement = await saveAgreement(editor, {
    id: null,
    expectedVersion: 0,
    slug: "",
    signedAt: "2026-11-01",
    place: "Gliwice",
    documentId: null,
    areaIds: [],
    parties: [],
    translations: { pl: { title: `Porozumienie ${run}`, summary: "", body: "" } },
  });
  if (!savedAgreement.ok) throw new Error(JSON.stringify(savedAgreement));
  f.agreement = { id: savedAgreement.id, version: savedAgreement.version };

  // The member proposes a change of its profile (the city) and a news post.
  const profile = await getMemberProfile(member);
  const proposed = await submitMemberProfile(member, { ...clusterFixture(), city: "Zabrze" }, profile.basis);
  if (!proposed.ok) throw new Error(JSON.stringify(proposed));
  const change = await db.clusterChange.findFirstOrThrow({ where: { clusterId: f.cluster.id, status: "PENDING" } });
  f.change = { id: change.id, version: change.version };
  f.basis = { version: f.cluster.version, changeId: change.id, changeVersion: change.version };
  f.proposal = (
    await proposePost(member, { language: "pl", title: `Propozycja ${run}`, excerpt: "", body: "<p>p</p>" })
  ).id;
  posts.push(f.proposal);

  const image = (clusterId: string | null, label: string) =>
    db.media.create({
      data: {
        kind: "IMAGE",
        path: `pipeline-fixture/${run}-${label}.png`,
        fileName: `${label}.png`,
        mimeType: "image/png",
        size: 100,
        width: 10,
        height: 10,
        clusterId,
        translations: { create: { locale: "pl", alt: `Obraz ${label}` } },
      },
    });
  f.media = (await image(null, "editors")).id;
  f.memberMedia = (await image(f.cluster.id, "member")).id;

  f.issue.id = await createIssue(editor);
  const savedIssue = await saveIssue(editor, {
    id: f.issue.id,
    version: 1,
    posts: [OKIP_POST_ID],
    texts: {
      pl: { subject: "Temat", intro: "Wstęp" },
      en: { subject: "", intro: "" },
      de: { subject: "", intro: "" },
      fr: { subject: "", intro: "" },
      ru: { subject: "", intro: "" },
    },
  });
  if (!savedIssue.ok) throw new Error(JSON.stringify(savedIssue));
  f.issue.version = savedIssue.version;

  const confirmToken = randomBytes(32).toString("base64url");
  const subscriber = await db.newsletterSubscriber.create({
    data: {
      email: `pipeline-subscriber-${run}@example.org`,
      locale: "pl",
      confirmTokenHash: createHash("sha256").update(confirmToken).digest("hex"),
      confirmTokenExpiresAt: new Date(Date.now() + 86_400_000),
      consentAt: new Date(),
      consentVersion: "test",
    },
  });
  f.subscriber = { id: subscriber.id, confirmToken };

  const toDisable = await createViewer(db, "EDITOR");
  f.userToDisable = toDisable.id;
  f.resetToken = await issueToken(toDisable.id, "RESET", null, db);
});

afterAll(async () => {
  const users = (await db.user.findMany({ where: { email: { startsWith: "fixture-" } }, select: { id: true } })).map(
    (u) => u.id,
  );
  await db.newsletterIssue.deleteMany({ where: { id: f.issue.id } });
  await db.newsletterSubscriber.deleteMany({ where: { email: { contains: run } } });
  await db.post.deleteMany({ where: { id: { in: posts } } });
  await db.media.deleteMany({ where: { path: { startsWith: "pipeline-fixture/" } } });
  await db.agreement.deleteMany({ where: { id: f.agreement.id } });
  await db.cluster.deleteMany({ where: { id: { in: clusters } } });
  await db.revision.deleteMany({
    where: { OR: [{ entityId: { in: [...clusters, ...posts, f.agreement.id] } }, { authorId: { in: users } }] },
  });
  await db.auditLog.deleteMany({ where: { userId: { in: users } } });
  await db.userToken.deleteMany({ where: { userId: { in: users } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
  await sql.rows(`DELETE FROM rate_limits WHERE key LIKE 'newsletter-%'`);
  const left = await databaseDigest(sql);
  await sql.end();
  await own.$disconnect();
  vi.unstubAllEnvs();
  await rm(path.dirname(mediaRoot), { recursive: true, force: true });
  // Later files read the seed: it must be exactly as it was.
  expect(left).toEqual(seeded);
});

describe("every server action goes through the pipeline", () => {
  it("every exported action of every actions.ts is declared here with its guard", async () => {
    const files = (await readdir("app", { recursive: true })).filter((file) => path.basename(file) === "actions.ts");
    const found = files.map((file) => path.dirname(file).replace(/^\[locale\]\//, "")).sort();
    expect(found).toEqual(Object.keys(modules).sort());
    const exported: string[] = [];
    for (const exports of Object.values(loaded)) exported.push(...Object.keys(exports));
    // Signing out reads nothing and has no form to answer (a plain form action).
    expect(exported.filter((name) => name !== "signOutAction").sort()).toEqual(Object.keys(cases).sort());
  });

  it("the guards refuse anonymous visitors and the wrong roles; nothing changes", async () => {
    const before = await databaseDigest(sql);
    for (const [name, { guard, form: fields }] of Object.entries(cases)) {
      const action = await actionOf(name);
      for (const viewer of refusedBy(guard)) {
        await signInAs(own, viewer);
        expect([name, viewer?.role ?? "anonymous", await action({ status: "idle" }, form(await fields()))]).toEqual([
          name,
          viewer?.role ?? "anonymous",
          { status: "error", message: REFUSED },
        ]);
      }
    }
    expect(await databaseDigest(sql)).toEqual(before);
    expect(await storedFiles()).toEqual([]);
  });

  it("with the database unreachable, every action answers the form error with everything submitted", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const answers = await withDatabase(
      "postgresql://postgres@127.0.0.1:9/okip",
      async () => {},
      async () => {
        const out: [string, FormState][] = [];
        for (const [name, { guard, form: fields, secret }] of Object.entries(cases)) {
          // Sign-in is not simulated here, and a reset request answers before it reads anything.
          if (name === "signInAction" || name === "forgotPasswordAction") continue;
          await signInAs(own, allowed(guard));
          const data = await fields();
          out.push([name, await (await actionOf(name))({ status: "idle" }, form(data))]);
          expect([name, out.at(-1)![1].values]).toEqual([name, sent(data, secret)]);
        }
        return out;
      },
    );
    for (const [name, answer] of answers) {
      expect([name, answer.status, answer.message]).toEqual([name, "error", expect.stringMatching(UNEXPECTED)]);
    }
    // Logged once per failure, with the id the form shows.
    expect(errors.mock.calls.filter(([message]) => String(message).startsWith("server action failed"))).toHaveLength(
      answers.length,
    );
    errors.mockRestore();
  });

  it("a NUL or another control character in any text field is a translated error at that field; nothing changes", async () => {
    const before = await databaseDigest(sql);
    const vt = (await import("@/messages/pl.json")).default.Validation;
    let tried = 0;
    for (const [name, { guard, form: fields }] of Object.entries(cases)) {
      const action = await actionOf(name);
      const data = await fields();
      for (const [field, value] of Object.entries(data)) {
        if (typeof value !== "string") continue;
        for (const bad of ["\u0000", "\u001b[31m", "\u007f"]) {
          await signInAs(own, allowed(guard));
          const answer = await action({ status: "idle" }, form({ ...data, [field]: `${value}${bad}x` }));
          tried += 1;
          expect([name, field, answer.status, answer.message, answer.errors?.[field]]).toEqual([
            name,
            field,
            "error",
            vt.controlCharactersForm,
            vt.controlCharacters,
          ]);
          expect(answer.values?.[field] ?? `${value}${bad}x`).toBe(`${value}${bad}x`);
        }
      }
    }
    expect(tried).toBeGreaterThan(100);
    expect(await databaseDigest(sql)).toEqual(before);
  });

  it("when PostgreSQL refuses every write, every writing action answers the form error; nothing is stored", async () => {
    const before = await databaseDigest(sql);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const readOnly = `${process.env.DATABASE_URL}${process.env.DATABASE_URL!.includes("?") ? "&" : "?"}options=${encodeURIComponent("-c default_transaction_read_only=on")}`;
    const answers = await withDatabase(
      readOnly,
      // The embedded server has one session for every connection: say it on the connection too.
      (client) => client.$executeRawUnsafe("SET default_transaction_read_only = on").then(() => {}),
      async () => {
        const out: [string, Case, Fields, FormState][] = [];
        for (const [name, entry] of Object.entries(cases)) {
          if (name === "signInAction") continue;
          await signInAs(own, allowed(entry.guard));
          const data = await entry.form();
          out.push([name, entry, data, await (await actionOf(name))({ status: "idle" }, form(data))]);
        }
        await (globalThis as unknown as { db: Db }).db.$executeRawUnsafe("SET default_transaction_read_only = off");
        return out;
      },
    );
    for (const [name, entry, data, answer] of answers) {
      if (entry.readOnly === "answers") {
        expect([name, answer.status]).toEqual([name, "ok"]);
        continue;
      }
      expect([name, answer.status, answer.message]).toEqual([name, "error", expect.stringMatching(UNEXPECTED)]);
      expect([name, answer.values]).toEqual([name, sent(data, entry.secret)]);
      const file = data.file;
      if (file instanceof File)
        expect(answer.files).toEqual({ file: { name: file.name, size: file.size, type: file.type } });
    }
    errors.mockRestore();
    expect(await databaseDigest(sql)).toEqual(before);
    // An upload whose row could not be written leaves no file behind.
    expect(await storedFiles()).toEqual([]);
  });
});
