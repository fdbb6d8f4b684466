import { describe, expect, it } from "vitest";
import { effects, signInAs } from "../support/next-request";
import { getViewer } from "@/lib/auth/viewer";
import {
  countPendingReviews,
  getChangeForReview,
  listPendingChanges,
  reviewClusterChange,
} from "@/lib/data/admin/clusters/reviews";
import { type ClusterWrite, saveCluster } from "@/lib/data/admin/clusters/save";
import { getClusterForEditor } from "@/lib/data/admin/clusters/queries";
import { setUserDisabled } from "@/lib/data/admin/users/save";
import { queryClusterBySlug } from "@/lib/data/clusters";
import {
  getMemberHistory,
  getMemberProfile,
  restoreMemberRevision,
  submitMemberProfile,
} from "@/lib/data/member/profile";
import { db } from "@/lib/db";

import {
  A,
  B,
  REFUSED,
  T,
  actions,
  adam,
  admin,
  anna,
  beata,
  changeB,
  clusterRow,
  editor,
  fingerprint,
  form,
  idle,
  okipId,
  open,
  person,
  profileFields,
  recipient,
  redirectOf,
  run,
  smtp,
  sql,
  text,
  tomasz,
  writeOf,
  setUpMemberWorld,
} from "../support/member-world";

// A member's profile change and the editors' review: approval and rejection with their e-mails,
// conflicts between two members and between a member and an editor, trusted clusters, disabled
// accounts.

setUpMemberWorld();

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
