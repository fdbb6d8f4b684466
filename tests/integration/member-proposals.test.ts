import { describe, expect, it } from "vitest";
import { signInAs } from "../support/next-request";
import { AuthorizationError } from "@/lib/auth/viewer";
import { declineProposal, listMemberProposals, listProposedPosts, proposePost } from "@/lib/data/member/proposals";
import { listClusterTeam } from "@/lib/data/member/team";
import { db } from "@/lib/db";

import {
  A,
  B,
  actions,
  adam,
  anna,
  beata,
  editor,
  fingerprint,
  form,
  idle,
  recipient,
  run,
  smtp,
  setUpMemberWorld,
} from "../support/member-world";

// A member cluster's news proposals and its team of co-editors.

setUpMemberWorld();

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
