import { mkdtemp, readdir, rm } from "node:fs/promises";
import { listMediaLibrary } from "@/lib/data/admin/media/queries";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { effects, signInAs } from "../support/next-request";
import { AuthorizationError, getViewer, type Viewer } from "@/lib/auth/viewer";
import {
  assertClusterAccess,
  assertClusterMember,
  editableClusters,
  isClusterMember,
} from "@/lib/data/admin/clusters/access";
import {
  countPendingReviews,
  getChangeForReview,
  listPendingChanges,
  reviewClusterChange,
} from "@/lib/data/admin/clusters/reviews";
import { type ClusterWrite, restoreClusterRevision, saveCluster } from "@/lib/data/admin/clusters/save";
import {
  type ClusterEditorData,
  getClusterEditorOptions,
  getClusterForEditor,
  listAdminClusters,
} from "@/lib/data/admin/clusters/queries";
import { deleteMedia, updateMediaText, uploadMedia } from "@/lib/data/admin/media/save";
import { setUserDisabled } from "@/lib/data/admin/users/save";
import { queryClusterBySlug } from "@/lib/data/clusters";
import {
  getMemberCluster,
  getMemberHistory,
  getMemberProfile,
  type MemberProfile,
  type ProfileBasis,
  restoreMemberRevision,
  submitMemberProfile,
} from "@/lib/data/member/profile";
import { declineProposal, listMemberProposals, listProposedPosts, proposePost } from "@/lib/data/member/proposals";
import { inviteColleague, listClusterTeam } from "@/lib/data/member/team";
import { db } from "@/lib/db";
import { type AppLocale, locales } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/validation/form";
import { connectSql, type Sql } from "../support/integration";
import { png } from "../support/media-fixtures";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";
import { createViewer } from "../support/viewers";

// Member clusters keep their own profile, files, news proposals and team, and nothing else.
// Two clusters of our own (A and B, plus a trusted T) with members of each: every member data
// function, action and admin page is tried with the other cluster's ids, and a fingerprint of
// every table involved (plus the stored files and the mail sent) proves nothing changed. Then
// the review flow, conflicts, trusted clusters, disabled accounts and news proposals.
//
// Only the session cookie is simulated: auth() answers with a user id and session version, and
// the real getViewer reads the account from the database on every call, as in a request. Mail
// goes to an SMTP server in this process. Everything made here is removed afterwards, and the
// last hook checks that the database is exactly as the seed left it.

type Cluster = { id: string; slug: string; pl: string; en: string };

const run = Math.random().toString(36).slice(2, 8);
const REFUSED = "Nie masz uprawnień do tej operacji.";
const NOT_FOUND = "Nie znaleziono tego elementu. Mógł zostać usunięty.";

let sql: Sql;
let smtp: TestSmtpServer;
let mediaRoot: string;
let seeded: Record<string, string>;
const fixtureUsers: string[] = [];

let editor: Viewer;
let admin: Viewer;
let A: Cluster;
let B: Cluster;
let T: Cluster;
let C: Cluster | undefined;
let okipId: string;
// Anna and Adam keep A's profile (Anna reads her e-mail in English), Beata B's, Tomasz T's.
let anna: Viewer;
let adam: Viewer;
let beata: Viewer;
let tomasz: Viewer;
let clusterless: Viewer;
let mediaA: string;
let mediaB: string;
let mediaEditors: string;
let changeB: { id: string; version: number };
let postB: string;
let bVersions: number;

// ---------------------------------------------------------------------------------------------
// Fixtures

const text = (name: string, extra: Partial<{ shortDescription: string; description: string }> = {}) => ({
  name,
  shortDescription: "",
  description: "",
  ...extra,
});

function clusterWrite(overrides: Partial<ClusterWrite>): ClusterWrite {
  return {
    id: null,
    expectedVersion: 0,
    slug: "",
    isUmbrella: false,
    parentId: null,
    logoId: null,
    website: null,
    email: null,
    phone: null,
    address: null,
    postalCode: null,
    city: null,
    region: null,
    foundedYear: null,
    memberCount: null,
    sectors: [],
    socialLinks: {},
    translations: {},
    ...overrides,
  };
}

async function createCluster(label: string, trusted = false): Promise<Cluster> {
  const pl = `Klaster ${label} ${run}`;
  const en = `Cluster ${label} ${run}`;
  const result = await saveCluster(
    editor,
    clusterWrite({
      slug: `member-fixture-${label.toLowerCase()}-${run}`,
      city: "Katowice",
      translations: {
        pl: text(pl, { shortDescription: `Opis ${label}`, description: `<p>Pełny opis ${label}</p>` }),
        en: text(en, { shortDescription: `About ${label}` }),
      },
      trusted,
    }),
  );
  if (!result.ok) throw new Error(`cluster not created: ${JSON.stringify(result)}`);
  return { id: result.id, slug: result.slug, pl, en };
}

async function person(role: Viewer["role"], clusterId: string | null, name?: string, locale: AppLocale = "pl") {
  const viewer = await createViewer(db, role, clusterId);
  fixtureUsers.push(viewer.id);
  if (!name) return viewer;
  await db.user.update({ where: { id: viewer.id }, data: { name, locale } });
  return { ...viewer, name, locale };
}

async function libraryItem(clusterId: string | null, label: string): Promise<string> {
  const media = await db.media.create({
    data: {
      kind: "IMAGE",
      path: `member-fixture/${run}-${label}.png`,
      fileName: `${label}.png`,
      mimeType: "image/png",
      size: 100,
      width: 10,
      height: 10,
      clusterId,
      translations: { create: { locale: "pl", alt: `Obraz ${label}` } },
    },
  });
  return media.id;
}

// The form a member loaded, as the write its save sends back (every language with a name).
function writeOf(cluster: ClusterEditorData, changes: Partial<ClusterWrite> = {}): ClusterWrite {
  const translations: ClusterWrite["translations"] = {};
  for (const locale of locales) {
    const t = cluster.translations[locale];
    if (t.name)
      translations[locale] = text(t.name, { shortDescription: t.shortDescription, description: t.description });
  }
  return {
    ...clusterWrite({}),
    id: cluster.id,
    expectedVersion: cluster.version,
    slug: cluster.slug,
    isUmbrella: cluster.isUmbrella,
    parentId: cluster.parentId,
    logoId: cluster.logoId,
    website: cluster.website,
    email: cluster.email,
    phone: cluster.phone,
    address: cluster.address,
    postalCode: cluster.postalCode,
    city: cluster.city,
    region: cluster.region,
    foundedYear: cluster.foundedYear,
    memberCount: cluster.memberCount,
    sectors: cluster.sectors,
    socialLinks: cluster.socialLinks,
    translations,
    ...changes,
  };
}

// What a member's page loads: the basis of its next save and the form's content.
async function open(member: Viewer): Promise<{ basis: ProfileBasis; write: ClusterWrite; profile: MemberProfile }> {
  const profile = await getMemberProfile(member);
  return { basis: profile.basis, write: writeOf(profile.cluster), profile };
}

// The member's form as the browser posts it (field names of the cluster editor).
function profileFields(profile: MemberProfile, overrides: Record<string, string> = {}): Record<string, string> {
  const c = profile.cluster;
  const fields: Record<string, string> = {
    locale: "pl",
    id: c.id,
    version: String(profile.basis.version),
    changeId: profile.basis.changeId ?? "",
    changeVersion: String(profile.basis.changeVersion),
    slug: c.slug,
    logoId: c.logoId ?? "",
    website: c.website ?? "",
    email: c.email ?? "",
    phone: c.phone ?? "",
    address: c.address ?? "",
    postalCode: c.postalCode ?? "",
    city: c.city ?? "",
    region: c.region ?? "",
    foundedYear: c.foundedYear?.toString() ?? "",
    memberCount: c.memberCount?.toString() ?? "",
  };
  for (const locale of locales) {
    const t = c.translations[locale];
    fields[`t.${locale}.name`] = t.name;
    fields[`t.${locale}.shortDescription`] = t.shortDescription;
    fields[`t.${locale}.description`] = t.description;
  }
  return { ...fields, ...overrides };
}

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

type Action = (state: FormState, data: FormData) => Promise<FormState>;
const idle: FormState = { status: "idle" };
const actions = {
  profile: async () => import("@/app/[locale]/my-cluster/actions"),
  media: async () => import("@/app/[locale]/my-cluster/media/actions"),
  posts: async () => import("@/app/[locale]/my-cluster/posts/actions"),
  team: async () => import("@/app/[locale]/my-cluster/team/actions"),
  reviews: async () => import("@/app/[locale]/admin/reviews/actions"),
  clusters: async () => import("@/app/[locale]/admin/clusters/actions"),
};

// An action that ends in a redirect (as a successful save does) reports where it went.
async function redirectOf(action: Action, data: FormData): Promise<string> {
  const error = await action(idle, data).then(
    (state) => new Error(`no redirect: ${JSON.stringify(state)}`),
    (thrown: unknown) => thrown,
  );
  const match = error instanceof Error ? /^redirect (.+)$/.exec(error.message) : null;
  if (!match) throw error;
  return match[1]!;
}

// ---------------------------------------------------------------------------------------------
// What a refused call must leave unchanged: every row of every table a member could touch, the
// stored files, and the mail sent.

const TABLES = [
  "Cluster",
  "ClusterTranslation",
  "ClusterSocialLink",
  "ClusterChange",
  "Media",
  "MediaTranslation",
  "Post",
  "PostTranslation",
  "PostCluster",
  "User",
  "UserToken",
  "Revision",
  "AuditLog",
];

async function digest(tables: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await sql.rows<{ n: number; md5: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM "${table}" t`,
    );
    out[table] = `${row!.n}:${row!.md5 ?? "-"}`;
  }
  return out;
}

async function storedFiles(): Promise<string[]> {
  try {
    const entries = await readdir(mediaRoot, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => path.relative(mediaRoot, path.join(e.parentPath, e.name)));
  } catch {
    return [];
  }
}

async function fingerprint() {
  return { tables: await digest(TABLES), files: (await storedFiles()).sort(), mails: smtp.messages.length };
}

async function clusterRow(id: string) {
  return db.cluster.findUniqueOrThrow({ where: { id }, include: { translations: { orderBy: { locale: "asc" } } } });
}

function recipient(mail: ParsedMail): string | undefined {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address;
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  // env() is read lazily and cached per test file: everything it reads is set before first use.
  mediaRoot = path.join(await mkdtemp(path.join(tmpdir(), "okip-member-media-")), "media");
  smtp = await startSmtpServer();
  vi.stubEnv("MEDIA_DIR", mediaRoot);
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("SITE_URL", "http://portal.test");
  delete (globalThis as { mailer?: unknown }).mailer;
  sql = await connectSql();
  seeded = await allTables();

  editor = await person("EDITOR", null, "Ewa Redaktorka");
  admin = await person("ADMIN", null, "Adrian Admin");
  okipId = (await db.cluster.findUniqueOrThrow({ where: { slug: "okip" } })).id;
  A = await createCluster("A");
  B = await createCluster("B");
  T = await createCluster("T", true);
  anna = await person("MEMBER", A.id, "Anna z A", "en");
  adam = await person("MEMBER", A.id, "Adam z A");
  beata = await person("MEMBER", B.id, "Beata z B");
  tomasz = await person("MEMBER", T.id, "Tomasz z T");
  clusterless = await person("MEMBER", null, "Bez klastra");
  mediaA = await libraryItem(A.id, "a");
  mediaB = await libraryItem(B.id, "b");
  mediaEditors = await libraryItem(null, "editors");

  // B has more versions than A will ever have here, a pending change and a news proposal.
  for (const n of [2, 3]) {
    const b = await getClusterForEditor(editor, B.id);
    const saved = await saveCluster(editor, writeOf(b!, { city: `Bytom ${n}` }));
    if (!saved.ok) throw new Error(`B not saved: ${JSON.stringify(saved)}`);
  }
  bVersions = 3;
  const b = await open(beata);
  const proposed = await submitMemberProfile(
    beata,
    { ...b.write, translations: { ...b.write.translations, pl: text(B.pl, { shortDescription: "Propozycja B" }) } },
    b.basis,
  );
  expect(proposed).toEqual({ ok: true, outcome: "pending" });
  const pending = await db.clusterChange.findFirstOrThrow({ where: { clusterId: B.id, status: "PENDING" } });
  changeB = { id: pending.id, version: pending.version };
  postB = (await proposePost(beata, { language: "pl", title: `Nowość B ${run}`, excerpt: "", body: "<p>B</p>" })).id;
});

afterAll(async () => {
  const clusters = [A?.id, B?.id, T?.id, C?.id].filter(Boolean) as string[];
  const invited = await db.user.findMany({ where: { email: { startsWith: `fixture-invitee-${run}` } } });
  const users = [...fixtureUsers, ...invited.map((u) => u.id)];
  const posts = (await db.post.findMany({ where: { proposedClusterId: { in: clusters } }, select: { id: true } })).map(
    (p) => p.id,
  );
  const media = (
    await db.media.findMany({
      where: { OR: [{ clusterId: { in: clusters } }, { path: { startsWith: "member-fixture/" } }] },
      select: { id: true },
    })
  ).map((m) => m.id);
  const entities = [...clusters, ...users, ...posts, ...media];
  await db.post.deleteMany({ where: { id: { in: posts } } });
  await db.media.deleteMany({ where: { id: { in: media } } });
  await db.cluster.deleteMany({ where: { id: { in: clusters } } });
  await db.revision.deleteMany({
    where: { OR: [{ entityId: { in: [...clusters, ...posts] } }, { authorId: { in: users } }] },
  });
  await db.auditLog.deleteMany({ where: { OR: [{ entityId: { in: entities } }, { userId: { in: users } }] } });
  await db.user.deleteMany({ where: { id: { in: users } } });
  const left = await allTables();
  await sql?.end();
  (globalThis as { mailer?: { close(): void } }).mailer?.close();
  delete (globalThis as { mailer?: unknown }).mailer;
  await smtp?.stop();
  vi.unstubAllEnvs();
  await rm(path.dirname(mediaRoot), { recursive: true, force: true });
  // Later files read the seed: it must be exactly as it was.
  expect(left).toEqual(seeded);
});

async function allTables(): Promise<Record<string, string>> {
  const tables = await sql.rows<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_migrations', 'rate_limits') ORDER BY 1`,
  );
  return digest(tables.map((t) => t.name));
}

beforeEach(async () => {
  await signInAs(db, null);
});

// ---------------------------------------------------------------------------------------------

describe("who counts as a member of which cluster", () => {
  it("scopes members to their own cluster and refuses everyone else", () => {
    expect(editableClusters(editor)).toEqual({});
    expect(editableClusters(anna)).toEqual({ id: A.id });
    expect(editableClusters(clusterless)).toEqual({ id: { in: [] } });

    expect(assertClusterMember(anna).clusterId).toBe(A.id);
    for (const viewer of [null, clusterless, editor, admin]) {
      expect(() => assertClusterMember(viewer)).toThrow(AuthorizationError);
    }
    expect(isClusterMember(anna)).toBe(true);
    expect([null, clusterless, editor, admin].map(isClusterMember)).toEqual([false, false, false, false]);

    expect(assertClusterAccess(anna, A.id)).toBe(anna);
    expect(assertClusterAccess(editor, B.id)).toBe(editor);
    for (const [viewer, clusterId] of [
      [anna, B.id],
      [beata, A.id],
      [clusterless, A.id],
      [null, A.id],
    ] as const) {
      expect(() => assertClusterAccess(viewer, clusterId)).toThrow(AuthorizationError);
    }
  });
});

describe("member data functions with another cluster's ids", () => {
  it("submitMemberProfile naming cluster B is not found, with B's basis or A's, and changes nothing", async () => {
    const b = await open(beata);
    const a = await open(anna);
    const before = await fingerprint();
    const hijack = { ...b.write, translations: { pl: text("Przejęty przez A") } };
    expect(await submitMemberProfile(anna, hijack, b.basis)).toEqual({ ok: false, error: "notFound" });
    expect(await submitMemberProfile(anna, { ...a.write, id: B.id }, a.basis)).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await submitMemberProfile(anna, { ...a.write, id: null }, a.basis)).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await fingerprint()).toEqual(before);
  });

  it("a logo from B's files or the editors' library is refused; only A's own files may be the logo", async () => {
    const a = await open(anna);
    const before = await fingerprint();
    for (const logoId of [mediaB, mediaEditors, "no-such-media"]) {
      expect(await submitMemberProfile(anna, { ...a.write, logoId }, a.basis)).toEqual({
        ok: false,
        error: "invalid",
        errors: { logoId: "logoInvalid" },
      });
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("restoreMemberRevision reads revision numbers within the member's own cluster only", async () => {
    const a = await open(anna);
    const before = await fingerprint();
    // Version 3 exists for B, not for A.
    expect(await restoreMemberRevision(anna, bVersions, a.basis)).toEqual({ ok: false, error: "notFound" });
    // Version 1 exists for both: A's own version 1 is what comes back (the same as now: nothing to review).
    expect(await restoreMemberRevision(anna, 1, a.basis)).toEqual({ ok: true, outcome: "unchanged" });
    expect(await fingerprint()).toEqual(before);
  });

  it("restoring a version whose logo the editors chose keeps the current logo instead of failing", async () => {
    // A cluster of its own, so that A's and B's version numbers stay as the other tests expect.
    C = await createCluster("C");
    const celina = await person("MEMBER", C.id, "Celina");
    const edit = async (logoId: string | null) =>
      saveCluster(editor, writeOf((await getClusterForEditor(editor, C!.id))!, { logoId }));
    const withLogo = await edit(mediaEditors);
    expect((await edit(null)).ok).toBe(true);
    const c = await open(celina);
    // That version differs from today only by the editors' logo, which a member may not choose.
    expect(await restoreMemberRevision(celina, withLogo.ok ? withLogo.version : 0, c.basis)).toEqual({
      ok: true,
      outcome: "unchanged",
    });
    expect((await open(celina)).profile.cluster.logoId).toBeNull();
  });

  it("what a member reads is its own cluster's: profile, pending change, history, files, proposals", async () => {
    const profile = await getMemberProfile(anna);
    expect(profile.cluster).toMatchObject({ id: A.id, slug: A.slug });
    expect(profile.pending).toBeNull();
    expect(profile.lastDecision).toBeNull();
    expect(JSON.stringify(profile)).not.toContain("Propozycja B");
    expect((await getMemberProfile(beata)).pending).toMatchObject({ id: changeB.id, author: "Beata z B" });

    const history = await getMemberHistory(anna);
    expect(history.map((h) => h.version)).toEqual([1]);
    expect(JSON.stringify(history)).not.toContain("Bytom");
    expect((await getMemberHistory(beata)).map((h) => h.version)).toEqual([3, 2, 1]);

    expect(await getMemberCluster(anna, "en")).toEqual({ id: A.id, slug: A.slug, name: A.en, trusted: false });
    expect((await listMemberProposals(anna)).map((p) => p.id)).not.toContain(postB);
    expect((await listMemberProposals(beata)).map((p) => p.id)).toEqual([postB]);

    const library = await listMediaLibrary(anna, {});
    expect(library).toMatchObject({ total: 1, rows: [{ id: mediaA }] });
    const options = await getClusterEditorOptions(anna, "pl", { id: A.id, parentId: null, logoId: null });
    expect(options).toEqual({ parents: [], images: [expect.objectContaining({ id: mediaA })] });
    await expect(
      getClusterEditorOptions(anna, "pl", { id: B.id, parentId: null, logoId: null }),
    ).rejects.toBeInstanceOf(AuthorizationError);
    await expect(getClusterEditorOptions(anna, "pl", null)).rejects.toBeInstanceOf(AuthorizationError);
  });

  it("B's files cannot be described or deleted by A's member", async () => {
    const before = await fingerprint();
    expect(await updateMediaText(anna, mediaB, { alts: { pl: "Zmienione przez A" } })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await deleteMedia(anna, mediaB)).toEqual({ ok: false, error: "notFound" });
    expect(await updateMediaText(anna, mediaEditors, { alts: { pl: "Zmienione przez A" } })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await deleteMedia(anna, mediaEditors)).toEqual({ ok: false, error: "notFound" });
    expect(await fingerprint()).toEqual(before);
  });

  it("B's team can be neither listed nor joined by A's member", async () => {
    const before = await fingerprint();
    await expect(listClusterTeam(anna, B.id)).rejects.toBeInstanceOf(AuthorizationError);
    const invitation = { email: `fixture-invitee-${run}-x@example.org`, name: "Intruz", locale: "pl" as const };
    await expect(inviteColleague(anna, B.id, invitation)).rejects.toBeInstanceOf(AuthorizationError);
    expect(await fingerprint()).toEqual(before);
  });

  it("the editors' review and cluster functions refuse members, even for their own cluster", async () => {
    const changeA = { id: "no-such-change", version: 1 };
    const calls: [string, (viewer: Viewer | null) => Promise<unknown>][] = [
      ["listPendingChanges", (v) => listPendingChanges(v)],
      ["countPendingReviews", (v) => countPendingReviews(v)],
      ["getChangeForReview", (v) => getChangeForReview(v, changeB.id)],
      [
        "reviewClusterChange (approve B's change)",
        (v) => reviewClusterChange(v, { ...changeB, decision: "approve", comment: null }),
      ],
      [
        "reviewClusterChange (reject B's change)",
        (v) => reviewClusterChange(v, { ...changeB, decision: "reject", comment: "Nie" }),
      ],
      ["reviewClusterChange (own)", (v) => reviewClusterChange(v, { ...changeA, decision: "approve", comment: null })],
      ["listProposedPosts", (v) => listProposedPosts(v)],
      ["declineProposal", (v) => declineProposal(v, { id: postB, comment: "Nie" })],
      ["saveCluster (B)", (v) => saveCluster(v, clusterWrite({ id: B.id, expectedVersion: bVersions, slug: B.slug }))],
      ["saveCluster (A)", (v) => saveCluster(v, clusterWrite({ id: A.id, expectedVersion: 1, slug: A.slug }))],
      ["saveCluster (new)", (v) => saveCluster(v, clusterWrite({ slug: `member-fixture-new-${run}` }))],
      ["restoreClusterRevision", (v) => restoreClusterRevision(v, B.id, 1, bVersions)],
      ["getClusterForEditor (B)", (v) => getClusterForEditor(v, B.id)],
      ["getClusterForEditor (A)", (v) => getClusterForEditor(v, A.id)],
      ["listAdminClusters", (v) => listAdminClusters(v)],
    ];
    const before = await fingerprint();
    for (const [name, call] of calls) {
      for (const viewer of [null, anna, beata, clusterless]) {
        await expect(call(viewer), `${name} by ${viewer?.name ?? "anonymous"}`).rejects.toBeInstanceOf(
          AuthorizationError,
        );
      }
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("anonymous visitors, members without a cluster and editors are refused by every member function", async () => {
    const a = await open(anna);
    const proposal = { language: "pl" as const, title: "Intruz", excerpt: "", body: "<p>Intruz</p>" };
    const before = await fingerprint();
    const memberOnly: [string, (viewer: Viewer | null) => Promise<unknown>][] = [
      ["getMemberProfile", (v) => getMemberProfile(v)],
      ["submitMemberProfile", (v) => submitMemberProfile(v, a.write, a.basis)],
      ["restoreMemberRevision", (v) => restoreMemberRevision(v, 1, a.basis)],
      ["getMemberHistory", (v) => getMemberHistory(v)],
      ["getMemberCluster", (v) => getMemberCluster(v, "pl")],
      ["proposePost", (v) => proposePost(v, proposal)],
      ["listMemberProposals", (v) => listMemberProposals(v)],
    ];
    for (const [name, call] of memberOnly) {
      for (const viewer of [null, clusterless, editor, admin]) {
        await expect(call(viewer), `${name} by ${viewer?.name ?? "anonymous"}`).rejects.toBeInstanceOf(
          AuthorizationError,
        );
      }
    }
    const invitation = { email: `fixture-invitee-${run}-y@example.org`, name: "Intruz", locale: "pl" as const };
    const upload = { bytes: await png(20, 20), fileName: "intruz.png", alts: { pl: "Intruz" } };
    const scoped: [string, (viewer: Viewer | null) => Promise<unknown>][] = [
      ["listClusterTeam", (v) => listClusterTeam(v, A.id)],
      ["inviteColleague", (v) => inviteColleague(v, A.id, invitation)],
      ["listMediaLibrary", (v) => listMediaLibrary(v, {})],
      ["uploadMedia", (v) => uploadMedia(v, upload)],
      ["updateMediaText", (v) => updateMediaText(v, mediaA, { alts: { pl: "Intruz" } })],
      ["deleteMedia", (v) => deleteMedia(v, mediaA)],
    ];
    for (const [name, call] of scoped) {
      for (const viewer of [null, clusterless]) {
        await expect(call(viewer), `${name} by ${viewer?.name ?? "anonymous"}`).rejects.toBeInstanceOf(
          AuthorizationError,
        );
      }
    }
    expect(await fingerprint()).toEqual(before);
  });
});

describe("member server actions with another cluster's ids in the form", () => {
  it("saveMyProfileAction naming cluster B is not found; the typed form comes back; nothing changes", async () => {
    const { saveMyProfileAction } = await actions.profile();
    const b = await getMemberProfile(beata);
    await signInAs(db, anna);
    const before = await fingerprint();
    const fields = profileFields(b, { "t.pl.name": "Przejęty przez A", "t.pl.description": "<p>Przejęty</p>" });
    const result = await saveMyProfileAction(idle, form(fields));
    expect(result).toEqual({ status: "error", message: NOT_FOUND, values: fields });
    expect(await fingerprint()).toEqual(before);
    expect(effects).toEqual({ revalidated: [], redirected: [] });
  });

  it("restoreMyRevisionAction with B's revision number restores nothing of B's", async () => {
    const { restoreMyRevisionAction } = await actions.profile();
    const a = await getMemberProfile(anna);
    await signInAs(db, anna);
    const before = await fingerprint();
    const fields = (revision: number) => ({
      locale: "pl",
      revision: String(revision),
      version: String(a.basis.version),
      changeId: "",
      changeVersion: "0",
    });
    const restore = (revision: number) => form(fields(revision));
    // Every error answer gives the form back what it sent (here only its hidden fields).
    expect(await restoreMyRevisionAction(idle, restore(bVersions))).toEqual({
      status: "error",
      message: NOT_FOUND,
      values: fields(bVersions),
    });
    // A's own version 1 is the profile as it is: the member lands back on the page, nothing to review.
    expect(await redirectOf(restoreMyRevisionAction, restore(1))).toBe("/pl/my-cluster?saved=unchanged");
    expect(await fingerprint()).toEqual(before);
  });

  it("the media actions find none of B's files (nor the editors')", async () => {
    const { deleteMyMediaAction, updateMyMediaTextAction } = await actions.media();
    await signInAs(db, anna);
    const before = await fingerprint();
    for (const id of [mediaB, mediaEditors]) {
      // Every error answer gives the form back what it sent.
      const text = { locale: "pl", id, "alts.pl": "Zmienione przez A" };
      expect(await updateMyMediaTextAction(idle, form(text))).toEqual({
        status: "error",
        message: NOT_FOUND,
        values: text,
      });
      expect(await deleteMyMediaAction(idle, form({ locale: "pl", id }))).toEqual({
        status: "error",
        message: NOT_FOUND,
        values: { locale: "pl", id },
      });
    }
    expect(await fingerprint()).toEqual(before);
    expect(effects).toEqual({ revalidated: [], redirected: [] });
  });

  it("an upload belongs to the member's own cluster whatever cluster the form names", async () => {
    const { deleteMyMediaAction, uploadMyMediaAction } = await actions.media();
    await signInAs(db, anna);
    const file = new File([new Uint8Array(await png(40, 30))], "logo-a.png", { type: "image/png" });
    const result = await uploadMyMediaAction(
      idle,
      form({ locale: "pl", file, "alts.pl": "Logo A", clusterId: B.id, cluster: B.id }),
    );
    expect(result).toMatchObject({ status: "ok" });
    const row = await db.media.findFirstOrThrow({ where: { fileName: "logo-a.png", uploadedById: anna.id } });
    expect(row.clusterId).toBe(A.id);
    expect((await listMediaLibrary(beata, {})).rows.map((r) => r.id)).toEqual([mediaB]);
    // Its own file it may delete again.
    expect(await deleteMyMediaAction(idle, form({ locale: "pl", id: row.id }))).toMatchObject({ status: "ok" });
    expect(await db.media.count({ where: { id: row.id } })).toBe(0);
  });

  it("inviteCoEditorAction for cluster B is refused: no account, no token, no e-mail", async () => {
    const { inviteCoEditorAction } = await actions.team();
    const before = await fingerprint();
    for (const viewer of [anna, clusterless, null]) {
      await signInAs(db, viewer);
      const invite = form({
        locale: "pl",
        clusterId: B.id,
        email: `fixture-invitee-${run}-z@example.org`,
        name: "Intruz",
        userLocale: "pl",
      });
      expect(await inviteCoEditorAction(idle, invite)).toEqual({ status: "error", message: REFUSED });
    }
    expect(await fingerprint()).toEqual(before);
    expect(effects).toEqual({ revalidated: [], redirected: [] });
  });

  it("proposePostAction links the proposal to the member's own cluster whatever the form names", async () => {
    const { proposePostAction } = await actions.posts();
    await signInAs(db, anna);
    const title = `Propozycja A ${run}`;
    const result = await proposePostAction(
      idle,
      form({
        locale: "pl",
        language: "pl",
        title,
        excerpt: "Krótko",
        body: "<p>Treść</p>",
        clusterId: B.id,
        proposedClusterId: B.id,
        "clusters.0": B.id,
      }),
    );
    expect(result).toEqual({ status: "ok", message: "Dziękujemy. Propozycja trafiła do redakcji." });
    const post = await db.post.findFirstOrThrow({
      where: { translations: { some: { title } } },
      include: { clusters: true },
    });
    expect(post).toMatchObject({ proposedClusterId: A.id, proposedById: anna.id, status: "DRAFT" });
    expect(post.clusters.map((c) => c.clusterId)).toEqual([A.id]);
    expect((await listMemberProposals(beata)).map((p) => p.id)).toEqual([postB]);
    expect((await listMemberProposals(adam)).map((p) => p.title)).toContain(title);
    await db.post.delete({ where: { id: post.id } });
  });

  it("the editors' review and cluster actions refuse members; nothing changes", async () => {
    const reviews = await actions.reviews();
    const clusters = await actions.clusters();
    const before = await fingerprint();
    const calls: [string, Action, Record<string, string>][] = [
      [
        "reviewChangeAction",
        reviews.reviewChangeAction,
        { locale: "pl", id: changeB.id, version: String(changeB.version), decision: "approve", comment: "" },
      ],
      [
        "reviewChangeAction (reject)",
        reviews.reviewChangeAction,
        { locale: "pl", id: changeB.id, version: String(changeB.version), decision: "reject", comment: "Nie" },
      ],
      ["declineProposalAction", reviews.declineProposalAction, { locale: "pl", id: postB, comment: "Nie" }],
      [
        "saveClusterAction",
        clusters.saveClusterAction,
        { locale: "pl", id: B.id, version: String(bVersions), slug: B.slug, "t.pl.name": "Przejęty" },
      ],
      [
        "restoreClusterAction",
        clusters.restoreClusterAction,
        { locale: "pl", id: B.id, revision: "1", version: String(bVersions) },
      ],
    ];
    for (const [name, action, fields] of calls) {
      for (const viewer of [anna, beata, clusterless, null]) {
        await signInAs(db, viewer);
        expect(await action(idle, form(fields)), `${name} by ${viewer?.name ?? "anonymous"}`).toEqual({
          status: "error",
          message: REFUSED,
        });
      }
    }
    expect(await fingerprint()).toEqual(before);
    expect(effects).toEqual({ revalidated: [], redirected: [] });
  });
});

describe("pages: members stay out of the editors' admin", () => {
  const params = <P extends object>(values: P) => ({
    params: Promise.resolve({ locale: "pl", ...values }),
    searchParams: Promise.resolve({}),
    children: null,
  });

  it("the admin layout sends a member to its own area and a signed-out visitor to sign in", async () => {
    const { default: AdminLayout } = await import("@/app/[locale]/admin/layout");
    await signInAs(db, anna);
    await expect(AdminLayout(params({}) as never)).rejects.toThrow("redirect /pl/my-cluster");
    await signInAs(db, null);
    await expect(AdminLayout(params({}) as never)).rejects.toThrow("redirect /pl/sign-in?next=/pl/admin");
  });

  it("admin pages addressed with B's ids refuse A's member (and B's own)", async () => {
    const pages: [string, () => Promise<{ default: (props: never) => Promise<unknown> }>, object][] = [
      ["reviews", () => import("@/app/[locale]/admin/reviews/page"), {}],
      ["reviews/[id]", () => import("@/app/[locale]/admin/reviews/[id]/page"), { id: changeB.id }],
      ["clusters/[id]", () => import("@/app/[locale]/admin/clusters/[id]/page"), { id: B.id }],
      ["clusters/[id]/history", () => import("@/app/[locale]/admin/clusters/[id]/history/page"), { id: B.id }],
      ["clusters/[id]/team", () => import("@/app/[locale]/admin/clusters/[id]/team/page"), { id: B.id }],
    ];
    const before = await fingerprint();
    for (const [name, load, values] of pages) {
      const { default: Page } = await load();
      for (const viewer of [anna, beata, clusterless, null]) {
        await signInAs(db, viewer);
        await expect(Page(params(values) as never), name).rejects.toBeInstanceOf(AuthorizationError);
      }
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("the member area sends editors to their reviews and signed-out visitors to sign in", async () => {
    const { default: MyClusterLayout } = await import("@/app/[locale]/my-cluster/layout");
    await signInAs(db, editor);
    await expect(MyClusterLayout(params({}) as never)).rejects.toThrow("redirect /pl/admin/reviews");
    await signInAs(db, null);
    await expect(MyClusterLayout(params({}) as never)).rejects.toThrow("redirect /pl/sign-in?next=/pl/my-cluster");
  });
});

describe("review of a member's change", () => {
  it("a save waits for review; approval publishes it as the member's version and tells them in their language", async () => {
    const a = await open(anna);
    const public0 = await queryClusterBySlug("pl", A.slug);
    const proposed = {
      ...a.write,
      city: "Gliwice",
      translations: {
        ...a.write.translations,
        pl: text(A.pl, { shortDescription: "Nowy opis A", description: "<p>Nowy pełny opis A</p>" }),
        en: text(A.en, { shortDescription: "New summary of A" }),
      },
      // Editors' decisions, which a member's save cannot change.
      slug: `przejety-${run}`,
      isUmbrella: true,
      parentId: okipId,
    };
    expect(await submitMemberProfile(anna, proposed, a.basis)).toEqual({ ok: true, outcome: "pending" });

    // Nothing public has changed.
    expect(await clusterRow(A.id)).toMatchObject({ version: 1, city: "Katowice", slug: A.slug, isUmbrella: false });
    expect(await queryClusterBySlug("pl", A.slug)).toEqual(public0);

    // Both of A's members see the proposal as the form; B's member does not.
    const pending = await getMemberProfile(adam);
    expect(pending.pending).toMatchObject({ version: 1, author: "Anna z A" });
    expect(pending.cluster).toMatchObject({ city: "Gliwice", slug: A.slug, isUmbrella: false, parentId: null });
    expect(pending.cluster.translations.pl).toMatchObject({ shortDescription: "Nowy opis A", state: "draft" });
    expect(pending.cluster.translations.de.state).toBe("missing");
    expect(pending.basis).toEqual({ version: 1, changeId: pending.pending!.id, changeVersion: 1 });
    expect(JSON.stringify(await getMemberProfile(beata))).not.toContain("Nowy opis A");

    // The editors' queue and the comparison, field by field and language by language.
    const queue = await listPendingChanges(editor);
    expect(queue.filter((row) => [A.id, B.id].includes(row.clusterId))).toEqual([
      expect.objectContaining({ id: changeB.id, clusterName: B.pl, author: "Beata z B", stale: false }),
      expect.objectContaining({ id: pending.pending!.id, clusterName: A.pl, author: "Anna z A", stale: false }),
    ]);
    expect(await countPendingReviews(editor)).toBeGreaterThanOrEqual(3);
    const review = await getChangeForReview(editor, pending.pending!.id);
    expect(review).toMatchObject({ clusterId: A.id, clusterSlug: A.slug, version: 1, logo: null });
    expect(review!.changes.map((c) => [c.path, c.locale, c.before, c.after]).sort()).toEqual([
      ["city", null, "Katowice", "Gliwice"],
      ["translations.en.shortDescription", "en", "About A", "New summary of A"],
      ["translations.pl.description", "pl", "Pełny opis A", "Nowy pełny opis A"],
      ["translations.pl.shortDescription", "pl", "Opis A", "Nowy opis A"],
    ]);

    expect(
      await reviewClusterChange(editor, { id: review!.id, version: 1, decision: "approve", comment: null }),
    ).toEqual({ ok: true });
    expect(await clusterRow(A.id)).toMatchObject({
      version: 2,
      city: "Gliwice",
      slug: A.slug,
      isUmbrella: false,
      parentId: null,
      trusted: false,
    });
    expect(await queryClusterBySlug("en", A.slug)).toMatchObject({ name: A.en, shortDescription: "New summary of A" });
    expect(await queryClusterBySlug("pl", A.slug)).toMatchObject({ description: "<p>Nowy pełny opis A</p>" });
    const revision = await db.revision.findUniqueOrThrow({
      where: { entityType_entityId_version: { entityType: "cluster", entityId: A.id, version: 2 } },
    });
    expect(revision.authorId).toBe(anna.id);
    expect((await getMemberHistory(anna))[0]).toMatchObject({ version: 2, author: "Anna z A" });
    expect(await db.clusterChange.findUniqueOrThrow({ where: { id: review!.id } })).toMatchObject({
      status: "APPROVED",
      reviewerId: editor.id,
      version: 2,
    });
    const after = await getMemberProfile(anna);
    expect(after.pending).toBeNull();
    expect(after.lastDecision).toMatchObject({ status: "APPROVED", comment: null, reviewer: "Ewa Redaktorka" });
    expect(after.basis).toEqual({ version: 2, changeId: null, changeVersion: 0 });

    const mail = await smtp.waitFor((m) => recipient(m) === anna.email && /approved/.test(m.subject ?? ""));
    expect(mail.subject).toBe(`Profile change approved: ${A.en}`);
    expect(mail.html).toContain('<html lang="en"');
    expect(mail.text).toContain("http://portal.test/en/my-cluster");

    // Reviewed once is reviewed: a second decision finds nothing.
    const state = await fingerprint();
    expect(await reviewClusterChange(editor, { id: review!.id, version: 2, decision: "reject", comment: "x" })).toEqual(
      { ok: false, error: "notFound" },
    );
    expect(await fingerprint()).toEqual(state);
  });

  it("an editor who reviews an outdated version gets a conflict; a rejection keeps the profile and says why", async () => {
    let a = await open(anna);
    const draft = (summary: string) => ({
      ...a.write,
      translations: {
        ...a.write.translations,
        pl: text(A.pl, { ...a.write.translations.pl, shortDescription: summary }),
      },
    });
    expect(await submitMemberProfile(anna, draft("Pierwsza wersja"), a.basis)).toEqual({
      ok: true,
      outcome: "pending",
    });
    const opened = await getChangeForReview(editor, (await getMemberProfile(anna)).pending!.id);
    a = await open(anna);
    expect(await submitMemberProfile(anna, draft("Druga wersja"), a.basis)).toEqual({ ok: true, outcome: "pending" });

    const before = await fingerprint();
    const rejection = { id: opened!.id, version: opened!.version, decision: "reject" as const, comment: "Za krótko" };
    expect(await reviewClusterChange(editor, rejection)).toEqual({ ok: false, error: "conflict" });
    expect(await reviewClusterChange(editor, { ...rejection, decision: "approve" })).toEqual({
      ok: false,
      error: "conflict",
    });
    expect(await fingerprint()).toEqual(before);

    // Through the action, a rejection without a comment keeps what the editor typed.
    await signInAs(db, editor);
    const { reviewChangeAction } = await actions.reviews();
    const noComment = { locale: "pl", id: opened!.id, version: "2", decision: "reject", comment: "  " };
    expect(await reviewChangeAction(idle, form(noComment))).toMatchObject({
      status: "error",
      errors: { comment: expect.any(String) },
      values: noComment,
    });
    expect(await fingerprint()).toEqual(before);

    const publicBefore = await queryClusterBySlug("pl", A.slug);
    expect(await reviewClusterChange(editor, { ...rejection, version: 2 })).toEqual({ ok: true });
    expect(await queryClusterBySlug("pl", A.slug)).toEqual(publicBefore);
    expect(await db.clusterChange.findUniqueOrThrow({ where: { id: opened!.id } })).toMatchObject({
      status: "REJECTED",
      reviewComment: "Za krótko",
      reviewerId: editor.id,
    });
    const profile = await getMemberProfile(anna);
    expect(profile.pending).toBeNull();
    expect(profile.lastDecision).toMatchObject({
      status: "REJECTED",
      comment: "Za krótko",
      reviewer: "Ewa Redaktorka",
    });
    expect(profile.cluster.translations.pl.shortDescription).toBe("Nowy opis A");
    const mail = await smtp.waitFor((m) => recipient(m) === anna.email && /not approved/.test(m.subject ?? ""));
    expect(mail.subject).toBe(`Profile change not approved: ${A.en}`);
    expect(mail.text).toContain("Editor's comment: Za krótko");
  });

  it("through the actions: a member's form cannot change the address, network or trust; an editor approves", async () => {
    const { saveMyProfileAction } = await actions.profile();
    const profile = await getMemberProfile(adam);
    await signInAs(db, adam);
    const fields = profileFields(profile, {
      "t.pl.shortDescription": "Z formularza",
      slug: `przejety-${run}`,
      isUmbrella: "on",
      parentId: okipId,
      trustedField: "1",
      trusted: "on",
    });
    expect(await redirectOf(saveMyProfileAction, form(fields))).toBe("/pl/my-cluster?saved=pending");
    // Nothing public changed, so no cache is expired.
    expect(effects.revalidated).toEqual([]);
    const change = await db.clusterChange.findFirstOrThrow({ where: { clusterId: A.id, status: "PENDING" } });
    expect(change.snapshot).toMatchObject({ slug: A.slug, isUmbrella: false, parentId: null });
    expect(change.snapshot).not.toHaveProperty("trusted");

    await signInAs(db, editor);
    const { reviewChangeAction } = await actions.reviews();
    const approve = form({
      locale: "pl",
      id: change.id,
      version: String(change.version),
      decision: "approve",
      comment: "",
    });
    expect(await redirectOf(reviewChangeAction, approve)).toBe("/pl/admin/reviews?done=approved");
    expect(effects.revalidated).toEqual(["clusters", "agreements", "posts"]);
    expect(await clusterRow(A.id)).toMatchObject({ slug: A.slug, isUmbrella: false, parentId: null, trusted: false });
    expect((await queryClusterBySlug("pl", A.slug))?.shortDescription).toBe("Z formularza");
    const revision = await db.revision.findFirstOrThrow({
      where: { entityType: "cluster", entityId: A.id },
      orderBy: { version: "desc" },
    });
    expect(revision.authorId).toBe(adam.id);
    // Adam reads Polish.
    const mail = await smtp.waitFor((m) => recipient(m) === adam.email);
    expect(mail.subject).toBe(`Zmiana profilu zatwierdzona: ${A.pl}`);
  });
});

describe("two members editing one profile", () => {
  it("the second save from the same basis is a conflict naming the first; the proposal keeps the first's text", async () => {
    const first = await open(anna);
    const second = await open(adam);
    expect(second.basis).toEqual(first.basis);
    const withSummary = (w: ClusterWrite, summary: string): ClusterWrite => ({
      ...w,
      translations: { ...w.translations, pl: text(A.pl, { ...w.translations.pl, shortDescription: summary }) },
    });
    expect(await submitMemberProfile(anna, withSummary(first.write, "Tekst Anny"), first.basis)).toEqual({
      ok: true,
      outcome: "pending",
    });
    const before = await fingerprint();
    expect(await submitMemberProfile(adam, withSummary(second.write, "Tekst Adama"), second.basis)).toMatchObject({
      ok: false,
      error: "conflict",
      by: "Anna z A",
    });
    expect(await restoreMemberRevision(adam, 1, second.basis)).toMatchObject({ ok: false, error: "conflict" });
    expect(await fingerprint()).toEqual(before);
    const change = await db.clusterChange.findFirstOrThrow({ where: { clusterId: A.id, status: "PENDING" } });
    expect(change).toMatchObject({ authorId: anna.id, version: 1 });
    expect((await getMemberProfile(adam)).cluster.translations.pl.shortDescription).toBe("Tekst Anny");

    // Through the action: a clear message, and everything Adam typed comes back.
    const { saveMyProfileAction } = await actions.profile();
    await signInAs(db, adam);
    const fields = profileFields(second.profile, {
      "t.pl.shortDescription": "Tekst Adama",
      "t.en.description": "<p>Adam's English</p>",
      website: "https://adam.example",
    });
    const result = await saveMyProfileAction(idle, form(fields));
    expect(result).toEqual({
      status: "error",
      message:
        "Ktoś z Twojego klastra lub redakcji zapisał ten profil po tym, jak go otworzyłeś(-aś) (Anna z A). " +
        "Skopiuj to, co wpisałeś(-aś), i odśwież stronę, aby zobaczyć nową wersję.",
      values: fields,
    });
    expect(await fingerprint()).toEqual(before);
    expect(effects).toEqual({ revalidated: [], redirected: [] });

    // Adam reloads and builds on Anna's proposal: the same proposal, now his.
    const reloaded = await open(adam);
    expect(await submitMemberProfile(adam, withSummary(reloaded.write, "Tekst Anny i Adama"), reloaded.basis)).toEqual({
      ok: true,
      outcome: "pending",
    });
    expect(await db.clusterChange.findMany({ where: { clusterId: A.id, status: "PENDING" } })).toEqual([
      expect.objectContaining({ id: change.id, authorId: adam.id, version: 2 }),
    ]);
    // An editor's save of the profile also makes the loaded basis stale.
    const stale = await open(anna);
    const editorsView = await getClusterForEditor(editor, A.id);
    expect((await saveCluster(editor, writeOf(editorsView!, { phone: "+48 32 000 00 00" }))).ok).toBe(true);
    // The editors see that the proposal was made from an older version, and what approving would undo.
    expect((await listPendingChanges(editor)).find((row) => row.id === change.id)?.stale).toBe(true);
    expect((await getChangeForReview(editor, change.id))?.changes).toContainEqual(
      expect.objectContaining({ path: "phone", before: "+48 32 000 00 00", after: "" }),
    );
    expect(await submitMemberProfile(anna, stale.write, stale.basis)).toMatchObject({ ok: false, error: "conflict" });

    // Saving the public version again withdraws the proposal: nothing is left to review.
    const current = await open(anna);
    const published = await getClusterForEditor(editor, A.id);
    expect(await submitMemberProfile(anna, writeOf(published!), current.basis)).toEqual({
      ok: true,
      outcome: "unchanged",
    });
    expect(await db.clusterChange.count({ where: { clusterId: A.id, status: "PENDING" } })).toBe(0);
  });

  it("two saves at the same moment: one proposal, one conflict", async () => {
    const a = await open(anna);
    const draft = (summary: string): ClusterWrite => ({
      ...a.write,
      translations: {
        ...a.write.translations,
        pl: text(A.pl, { ...a.write.translations.pl, shortDescription: summary }),
      },
    });
    const results = await Promise.all([
      submitMemberProfile(anna, draft("Równocześnie Anna"), a.basis),
      submitMemberProfile(adam, draft("Równocześnie Adam"), a.basis),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ ok: false, error: "conflict" })]);
    const changes = await db.clusterChange.findMany({ where: { clusterId: A.id, status: "PENDING" } });
    expect(changes).toHaveLength(1);
    // Withdrawn again for the next tests.
    const current = await open(anna);
    expect(await submitMemberProfile(anna, writeOf((await getClusterForEditor(editor, A.id))!), current.basis)).toEqual(
      {
        ok: true,
        outcome: "unchanged",
      },
    );
  });

  it("a validation error names each field and gives back everything typed; nothing is saved", async () => {
    const { saveMyProfileAction } = await actions.profile();
    const profile = await getMemberProfile(anna);
    await signInAs(db, anna);
    const before = await fingerprint();
    const fields = profileFields(profile, {
      "t.pl.name": "",
      "t.pl.description": "<p>Opis, który ktoś długo pisał</p>",
      "t.en.shortDescription": "English summary typed",
      email: "nie-email",
      postalCode: "40001",
      foundedYear: "rok",
      website: "javascript:alert(1)",
      city: "Zabrze",
    });
    const result = await saveMyProfileAction(idle, form(fields));
    expect(result).toMatchObject({ status: "error", message: "Profil nie został zapisany. Popraw zaznaczone pola." });
    expect(Object.keys(result.errors ?? {}).sort()).toEqual(
      ["email", "foundedYear", "postalCode", "translations.pl.name", "website"].sort(),
    );
    expect(result.values).toEqual(fields);
    expect(await fingerprint()).toEqual(before);
  });
});

describe("trusted clusters", () => {
  it("a trusted cluster's save goes live at once as the member's version; a stale one is a conflict", async () => {
    const t = await open(tomasz);
    expect(t.profile.cluster.trusted).toBe(true);
    const changed = {
      ...t.write,
      city: "Tychy",
      slug: `przejety-t-${run}`,
      translations: { ...t.write.translations, pl: text(T.pl, { shortDescription: "Od razu publiczne" }) },
    };
    expect(await submitMemberProfile(tomasz, changed, t.basis)).toEqual({ ok: true, outcome: "published" });
    expect(await clusterRow(T.id)).toMatchObject({ version: 2, city: "Tychy", slug: T.slug, trusted: true });
    expect(await queryClusterBySlug("pl", T.slug)).toMatchObject({ shortDescription: "Od razu publiczne" });
    const revision = await db.revision.findUniqueOrThrow({
      where: { entityType_entityId_version: { entityType: "cluster", entityId: T.id, version: 2 } },
    });
    expect(revision.authorId).toBe(tomasz.id);
    expect(await db.clusterChange.count({ where: { clusterId: T.id } })).toBe(0);
    expect((await getMemberHistory(tomasz))[0]).toMatchObject({ version: 2, author: "Tomasz z T" });

    const before = await fingerprint();
    expect(await submitMemberProfile(tomasz, { ...changed, city: "Bieruń" }, t.basis)).toMatchObject({
      ok: false,
      error: "conflict",
      version: 2,
    });
    expect(await fingerprint()).toEqual(before);

    // Through the action, the public caches are expired.
    const { saveMyProfileAction } = await actions.profile();
    await signInAs(db, tomasz);
    const fields = profileFields((await open(tomasz)).profile, { city: "Mikołów", trustedField: "1" });
    expect(await redirectOf(saveMyProfileAction, form(fields))).toBe("/pl/my-cluster?saved=published");
    expect(effects.revalidated).toEqual(["clusters", "agreements", "posts"]);
    expect(await clusterRow(T.id)).toMatchObject({ version: 3, city: "Mikołów", trusted: true });
  });
});

describe("a disabled member", () => {
  it("loses access at the next request: actions refused, nothing changes, the member area sends to sign-in", async () => {
    const member = await person("MEMBER", A.id, "Dorota z A");
    const { proposePostAction } = await actions.posts();
    const { saveMyProfileAction } = await actions.profile();
    const { default: MyClusterLayout } = await import("@/app/[locale]/my-cluster/layout");
    const profile = await getMemberProfile(member);
    await signInAs(db, member);
    expect(await getViewer()).toMatchObject({ id: member.id, clusterId: A.id });

    // Disabled in the database while the session cookie is still valid.
    await db.user.update({ where: { id: member.id }, data: { disabledAt: new Date() } });
    expect(await getViewer()).toBeNull();
    const before = await fingerprint();
    const proposal = form({ locale: "pl", language: "pl", title: "Po wyłączeniu", excerpt: "", body: "<p>x</p>" });
    expect(await proposePostAction(idle, proposal)).toEqual({ status: "error", message: REFUSED });
    const save = form(profileFields(profile, { "t.pl.shortDescription": "Po wyłączeniu" }));
    expect(await saveMyProfileAction(idle, save)).toEqual({ status: "error", message: REFUSED });
    await expect(
      MyClusterLayout({ params: Promise.resolve({ locale: "pl" }), children: null } as never),
    ).rejects.toThrow("redirect /pl/sign-in?next=/pl/my-cluster");
    expect(await fingerprint()).toEqual(before);

    // Re-enabled by an admin: the old session stays ended (its session version is out of date).
    await db.user.update({ where: { id: member.id }, data: { disabledAt: null } });
    expect(await getViewer()).toMatchObject({ id: member.id });
    expect(await setUserDisabled(admin, member.id, true)).toBe(true);
    expect(await setUserDisabled(admin, member.id, false)).toBe(true);
    expect(await getViewer()).toBeNull();
    // A member whose account no longer belongs to a cluster is refused too.
    await db.user.update({ where: { id: member.id }, data: { clusterId: null } });
    await signInAs(db, member);
    expect(await getViewer()).toMatchObject({ id: member.id, clusterId: null });
    expect(await proposePostAction(idle, proposal)).toEqual({ status: "error", message: REFUSED });
  });

  it("a change by a member disabled since is still reviewed, but no e-mail goes to the disabled account", async () => {
    const member = await person("MEMBER", B.id, "Wyłączona z B");
    const mails = smtp.messages.length;
    const b = await open(member);
    expect(b.basis.changeId).toBe(changeB.id);
    const write = {
      ...b.write,
      translations: { ...b.write.translations, pl: text(B.pl, { shortDescription: "Wycofane" }) },
    };
    expect(await submitMemberProfile(member, write, b.basis)).toEqual({ ok: true, outcome: "pending" });
    await db.user.update({ where: { id: member.id }, data: { disabledAt: new Date() } });
    const change = await db.clusterChange.findUniqueOrThrow({ where: { id: changeB.id } });
    expect(
      await reviewClusterChange(editor, { id: change.id, version: change.version, decision: "reject", comment: "Nie" }),
    ).toEqual({
      ok: true,
    });
    expect(smtp.messages.length).toBe(mails);
  });
});

describe("news proposals", () => {
  it("a proposal is a draft of the member's cluster, for the editors only; declined, the member sees why", async () => {
    const { id } = await proposePost(anna, {
      language: "en",
      title: `News from A ${run}`,
      excerpt: "Short",
      body: '<p>Body<script>alert(1)</script><img src="x" onerror="alert(1)"></p>',
    });
    const post = await db.post.findUniqueOrThrow({ where: { id }, include: { clusters: true, translations: true } });
    expect(post).toMatchObject({
      status: "DRAFT",
      proposedClusterId: A.id,
      proposedById: anna.id,
      authorName: "Anna z A",
    });
    expect(post.clusters.map((c) => c.clusterId)).toEqual([A.id]);
    expect(post.translations).toEqual([expect.objectContaining({ locale: "en", status: "DRAFT", excerpt: "Short" })]);
    expect(post.translations[0]!.body).not.toMatch(/script|onerror/);

    expect((await listProposedPosts(editor)).find((p) => p.id === id)).toMatchObject({
      title: `News from A ${run}`,
      language: "en",
      clusterName: A.pl,
      author: "Anna z A",
    });
    expect((await listMemberProposals(beata)).map((p) => p.id)).not.toContain(id);
    expect((await listMemberProposals(adam)).find((p) => p.id === id)).toMatchObject({
      state: "review",
      comment: null,
    });

    // A member cannot decline (or otherwise decide about) its own proposal either.
    await expect(declineProposal(anna, { id, comment: "Sama" })).rejects.toBeInstanceOf(AuthorizationError);

    expect(await declineProposal(editor, { id, comment: "Prosimy o więcej szczegółów" })).toEqual({ ok: true });
    expect(await db.post.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "ARCHIVED",
      reviewComment: "Prosimy o więcej szczegółów",
    });
    expect((await listMemberProposals(anna)).find((p) => p.id === id)).toMatchObject({
      state: "declined",
      comment: "Prosimy o więcej szczegółów",
    });
    expect((await listProposedPosts(editor)).map((p) => p.id)).not.toContain(id);
    const mail = await smtp.waitFor(
      (m) => recipient(m) === anna.email && m.subject === "Your news proposal was declined",
    );
    expect(mail.text).toContain(`"News from A ${run}"`);
    expect(mail.text).toContain("Editor's comment: Prosimy o więcej szczegółów");

    // Declined once, or not a proposal at all: nothing to decline.
    const before = await fingerprint();
    expect(await declineProposal(editor, { id, comment: "Znowu" })).toEqual({ ok: false });
    const regular = await db.post.findFirstOrThrow({ where: { proposedClusterId: null }, select: { id: true } });
    expect(await declineProposal(editor, { id: regular.id, comment: "Nie" })).toEqual({ ok: false });
    expect(await fingerprint()).toEqual(before);
  });

  it("the proposal form keeps what was typed when it is invalid", async () => {
    const { proposePostAction } = await actions.posts();
    await signInAs(db, anna);
    const before = await fingerprint();
    const fields = { locale: "pl", language: "xx", title: "", excerpt: "Zajawka wpisana", body: "<p> </p>" };
    const result = await proposePostAction(idle, form(fields));
    expect(result).toMatchObject({ status: "error", values: fields });
    expect(Object.keys(result.errors ?? {}).sort()).toEqual(["body", "language", "title"]);
    expect(await fingerprint()).toEqual(before);
  });
});

describe("a cluster's team", () => {
  it("members list and invite co-editors of their own cluster; editors of any", async () => {
    expect((await listClusterTeam(anna, A.id)).map((m) => m.name)).toEqual(
      expect.arrayContaining(["Anna z A", "Adam z A"]),
    );
    expect((await listClusterTeam(editor, B.id)).map((m) => m.name)).toContain("Beata z B");
    expect((await listClusterTeam(editor, B.id)).map((m) => m.name)).not.toContain("Anna z A");

    const { inviteCoEditorAction } = await actions.team();
    await signInAs(db, anna);
    const email = `fixture-invitee-${run}-a@example.org`;
    const invite = { locale: "pl", clusterId: A.id, email, name: "Nowa z A", userLocale: "de" };
    expect(await inviteCoEditorAction(idle, form(invite))).toEqual({
      status: "ok",
      message: `Wysłano zaproszenie na adres ${email}.`,
    });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "MEMBER", clusterId: A.id, locale: "de" });
    expect(await db.userToken.count({ where: { userId: user.id, purpose: "INVITE" } })).toBe(1);
    expect((await listClusterTeam(adam, A.id)).find((m) => m.email === email)).toMatchObject({ invited: true });
    await smtp.waitFor((m) => recipient(m) === email);

    // The same address again: refused on the field, everything typed kept.
    const again = await inviteCoEditorAction(idle, form(invite));
    expect(again).toMatchObject({ status: "error", values: invite, errors: { email: expect.any(String) } });
  });
});

// Waits until `count` sessions of this database wait for a lock (each call below blocks in turn).
async function lockWaiters(count: number): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const [row] = await sql.rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (row!.n >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`fewer than ${count} sessions wait for a lock`);
}

describe("a member's save and an editor's approval at the same moment", () => {
  // Both take the cluster's row lock before the change's, so they queue instead of deadlocking
  // (taken in opposite orders, PostgreSQL aborted one with an uncaught P2034). An outside
  // transaction holds the change's lock only to make the interleaving certain.
  it("both settle: the approval goes through and the member is told of a conflict", async () => {
    const pg = (await import("pg")).default;
    const a = await open(anna);
    const summary = (w: ClusterWrite, value: string): ClusterWrite => ({
      ...w,
      translations: { ...w.translations, pl: text(A.pl, { ...w.translations.pl, shortDescription: value }) },
    });
    expect(await submitMemberProfile(anna, summary(a.write, "Przed wyścigiem"), a.basis)).toEqual({
      ok: true,
      outcome: "pending",
    });
    const loaded = await open(adam);
    const change = await db.clusterChange.findFirstOrThrow({ where: { clusterId: A.id, status: "PENDING" } });
    const settle = <R>(promise: Promise<R>) =>
      promise.then(
        (result) => ({ result }),
        (error: unknown) => ({ error: String(error) }),
      );
    const outside = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await outside.connect();
    let results: ({ result: unknown } | { error: string })[];
    try {
      await outside.query("BEGIN");
      await outside.query(`SELECT id FROM "ClusterChange" WHERE id = $1 FOR UPDATE`, [change.id]);
      // The editor's approval waits for the change row first ...
      const approval = settle(
        reviewClusterChange(editor, { id: change.id, version: change.version, decision: "approve", comment: null }),
      );
      await lockWaiters(1);
      // ... then Adam's save takes the cluster row and waits for the change row too.
      const save = settle(submitMemberProfile(adam, summary(loaded.write, "Adam w wyścigu"), loaded.basis));
      await lockWaiters(2);
      await outside.query("COMMIT");
      results = await Promise.all([approval, save]);
    } finally {
      await outside.end();
    }
    expect(results).toEqual([
      { result: { ok: true } },
      { result: expect.objectContaining({ ok: false, error: "conflict" }) },
    ]);
  });
});
