import { listMediaLibrary } from "@/lib/data/admin/media/queries";
import { describe, expect, it } from "vitest";
import { effects, signInAs } from "../support/next-request";
import { AuthorizationError, type Viewer } from "@/lib/auth/viewer";
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
import { restoreClusterRevision, saveCluster } from "@/lib/data/admin/clusters/save";
import { getClusterEditorOptions, getClusterForEditor, listAdminClusters } from "@/lib/data/admin/clusters/queries";
import { deleteMedia, updateMediaText, uploadMedia } from "@/lib/data/admin/media/save";
import {
  getMemberCluster,
  getMemberHistory,
  getMemberProfile,
  restoreMemberRevision,
  submitMemberProfile,
} from "@/lib/data/member/profile";
import { declineProposal, listMemberProposals, listProposedPosts, proposePost } from "@/lib/data/member/proposals";
import { inviteColleague, listClusterTeam } from "@/lib/data/member/team";
import { db } from "@/lib/db";
import { png } from "../support/media-fixtures";

import {
  A,
  Action,
  B,
  NOT_FOUND,
  REFUSED,
  actions,
  adam,
  admin,
  anna,
  bVersions,
  beata,
  changeB,
  clusterless,
  createCluster,
  editor,
  fingerprint,
  form,
  idle,
  mediaA,
  mediaB,
  mediaEditors,
  open,
  person,
  postB,
  profileFields,
  redirectOf,
  run,
  text,
  writeOf,
  setUpMemberWorld,
} from "../support/member-world";
import { clusterWrite } from "../support/clusters";

// Member clusters keep their own profile, files, news proposals and team, and nothing else: every
// member data function, action and admin page is tried with the other cluster's ids, and a
// fingerprint of every table involved (plus the stored files and the mail sent) proves nothing
// changed.

setUpMemberWorld();

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
    const C = await createCluster("C");
    const celina = await person("MEMBER", C.id, "Celina");
    const edit = async (logoId: string | null) =>
      saveCluster(editor, writeOf((await getClusterForEditor(editor, C.id))!, { logoId }));
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
