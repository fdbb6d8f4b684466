import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, expect, vi } from "vitest";
import { signInAs } from "./next-request";
import type { Viewer } from "@/lib/auth/viewer";
import { type ClusterWrite, saveCluster } from "@/lib/data/admin/clusters/save";
import { type ClusterEditorData, getClusterForEditor } from "@/lib/data/admin/clusters/queries";
import {
  getMemberProfile,
  type MemberProfile,
  type ProfileBasis,
  submitMemberProfile,
} from "@/lib/data/member/profile";
import { proposePost } from "@/lib/data/member/proposals";
import { db } from "@/lib/db";
import { type AppLocale, locales } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/validation/form";
import { connectSql, databaseDigest, type Sql, tableDigest } from "./integration";
import { startSmtpServer, type TestSmtpServer } from "./smtp";
import { clusterWrite } from "./clusters";
import { createViewer } from "./viewers";

// The world of the member-cluster tests (tests/integration/member-*.test.ts): two clusters of our
// own (A and B, plus a trusted T) with members of each, files, a pending change and a proposal
// of B's, and the helpers that read a member's form and fingerprint every table a member could
// touch. Only the session cookie is simulated (signInAs): the real getViewer reads the account
// from the database on every call, as in a request. Mail goes to an SMTP server in this process.

export type Cluster = { id: string; slug: string; pl: string; en: string };

export const run = Math.random().toString(36).slice(2, 8);
export const REFUSED = "Nie masz uprawnień do tej operacji.";
export const NOT_FOUND = "Nie znaleziono tego elementu. Mógł zostać usunięty.";

export let sql: Sql;
export let smtp: TestSmtpServer;
export let mediaRoot: string;
export let seeded: Record<string, string>;
export const fixtureUsers: string[] = [];
const createdClusters: string[] = [];

export let editor: Viewer;
export let admin: Viewer;
export let A: Cluster;
export let B: Cluster;
export let T: Cluster;
export let okipId: string;
// Anna and Adam keep A's profile (Anna reads her e-mail in English), Beata B's, Tomasz T's.
export let anna: Viewer;
export let adam: Viewer;
export let beata: Viewer;
export let tomasz: Viewer;
export let clusterless: Viewer;
export let mediaA: string;
export let mediaB: string;
export let mediaEditors: string;
export let changeB: { id: string; version: number };
export let postB: string;
export let bVersions: number;

// ---------------------------------------------------------------------------------------------
// Fixtures

export const text = (name: string, extra: Partial<{ shortDescription: string; description: string }> = {}) => ({
  name,
  shortDescription: "",
  description: "",
  ...extra,
});

export async function createCluster(label: string, trusted = false): Promise<Cluster> {
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
  createdClusters.push(result.id);
  return { id: result.id, slug: result.slug, pl, en };
}

export async function person(role: Viewer["role"], clusterId: string | null, name?: string, locale: AppLocale = "pl") {
  const viewer = await createViewer(db, role, clusterId);
  fixtureUsers.push(viewer.id);
  if (!name) return viewer;
  await db.user.update({ where: { id: viewer.id }, data: { name, locale } });
  return { ...viewer, name, locale };
}

export async function libraryItem(clusterId: string | null, label: string): Promise<string> {
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
export function writeOf(cluster: ClusterEditorData, changes: Partial<ClusterWrite> = {}): ClusterWrite {
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
export async function open(
  member: Viewer,
): Promise<{ basis: ProfileBasis; write: ClusterWrite; profile: MemberProfile }> {
  const profile = await getMemberProfile(member);
  return { basis: profile.basis, write: writeOf(profile.cluster), profile };
}

// The member's form as the browser posts it (field names of the cluster editor).
export function profileFields(profile: MemberProfile, overrides: Record<string, string> = {}): Record<string, string> {
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

export function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

export type Action = (state: FormState, data: FormData) => Promise<FormState>;
export const idle: FormState = { status: "idle" };
export const actions = {
  profile: async () => import("@/app/[locale]/my-cluster/actions"),
  media: async () => import("@/app/[locale]/my-cluster/media/actions"),
  posts: async () => import("@/app/[locale]/my-cluster/posts/actions"),
  team: async () => import("@/app/[locale]/my-cluster/team/actions"),
  reviews: async () => import("@/app/[locale]/admin/reviews/actions"),
  clusters: async () => import("@/app/[locale]/admin/clusters/actions"),
};

// An action that ends in a redirect (as a successful save does) reports where it went.
export async function redirectOf(action: Action, data: FormData): Promise<string> {
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

export const TABLES = [
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

export async function storedFiles(): Promise<string[]> {
  try {
    const entries = await readdir(mediaRoot, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => path.relative(mediaRoot, path.join(e.parentPath, e.name)));
  } catch {
    return [];
  }
}

export async function fingerprint() {
  return { tables: await tableDigest(sql, TABLES), files: (await storedFiles()).sort(), mails: smtp.messages.length };
}

export async function clusterRow(id: string) {
  return db.cluster.findUniqueOrThrow({ where: { id }, include: { translations: { orderBy: { locale: "asc" } } } });
}

export function recipient(mail: ParsedMail): string | undefined {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address;
}

// ---------------------------------------------------------------------------------------------

// The clusters, people and files every member test works with, made before a file's tests and
// removed after them; the last hook checks that the database is exactly as the seed left it.
export function setUpMemberWorld(): void {
  beforeAll(async () => {
    // env() is read lazily and cached per test file: everything it reads is set before first use.
    mediaRoot = path.join(await mkdtemp(path.join(tmpdir(), "okip-member-media-")), "media");
    smtp = await startSmtpServer();
    vi.stubEnv("MEDIA_DIR", mediaRoot);
    vi.stubEnv("SMTP_URL", smtp.url);
    vi.stubEnv("SITE_URL", "http://portal.test");
    delete (globalThis as { mailer?: unknown }).mailer;
    sql = await connectSql();
    seeded = await databaseDigest(sql);

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
    const clusters = [...createdClusters];
    const invited = await db.user.findMany({ where: { email: { startsWith: `fixture-invitee-${run}` } } });
    const users = [...fixtureUsers, ...invited.map((u) => u.id)];
    const posts = (
      await db.post.findMany({ where: { proposedClusterId: { in: clusters } }, select: { id: true } })
    ).map((p) => p.id);
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
    const left = await databaseDigest(sql);
    await sql?.end();
    (globalThis as { mailer?: { close(): void } }).mailer?.close();
    delete (globalThis as { mailer?: unknown }).mailer;
    await smtp?.stop();
    vi.unstubAllEnvs();
    await rm(path.dirname(mediaRoot), { recursive: true, force: true });
    // Later files read the seed: it must be exactly as it was.
    expect(left).toEqual(seeded);
  });

  beforeEach(async () => {
    await signInAs(db, null);
  });
}
