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
      message: `Zaproszenie wysłane na adres ${email}, o ile nie ma on jeszcze konta w portalu.`,
    });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "MEMBER", clusterId: A.id, locale: "de" });
    expect(await db.userToken.count({ where: { userId: user.id, purpose: "INVITE" } })).toBe(1);
    expect((await listClusterTeam(adam, A.id)).find((m) => m.email === email)).toMatchObject({ invited: true });
    await smtp.waitFor((m) => recipient(m) === email);

    // The same address again, or any address with an account: the same answer, and nothing sent.
    const sent = smtp.messages.length;
    for (const existing of [email, beata.email]) {
      expect(await inviteCoEditorAction(idle, form({ ...invite, email: existing }))).toEqual({
        status: "ok",
        message: `Zaproszenie wysłane na adres ${existing}, o ile nie ma on jeszcze konta w portalu.`,
      });
    }
    expect(await db.userToken.count({ where: { userId: user.id, purpose: "INVITE" } })).toBe(1);
    expect(await db.auditLog.count({ where: { userId: anna.id, action: "user.inviteExisting" } })).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages.length).toBe(sent);
  });

  it("a member's invitations are limited per day, per member and per cluster; editors are not", async () => {
    const { inviteCoEditorAction } = await actions.team();
    const invite = (who: string, i: number) =>
      form({
        locale: "pl",
        clusterId: A.id,
        email: `fixture-invitee-${run}-limit-${who}-${i}@example.org`,
        name: "Ktoś",
        userLocale: "pl",
      });
    const tooMany = /^Dzisiejszy limit zaproszeń został wykorzystany \(najwyżej 5 od jednej osoby i 10/;
    // Anna has sent three (above); two more, then no more.
    await signInAs(db, anna);
    const annas = [];
    for (let i = 0; i < 4; i += 1) annas.push(await inviteCoEditorAction(idle, invite("anna", i)));
    expect(annas.map((a) => a.status)).toEqual(["ok", "ok", "error", "error"]);
    expect(annas[2]).toMatchObject({ message: expect.stringMatching(tooMany), values: { name: "Ktoś" } });
    // Adam may send his own five, until the cluster's ten are used up.
    await signInAs(db, adam);
    const adams = [];
    for (let i = 0; i < 6; i += 1) adams.push(await inviteCoEditorAction(idle, invite("adam", i)));
    expect(adams.map((a) => a.status)).toEqual(["ok", "ok", "ok", "ok", "ok", "error"]);
    expect(await db.user.count({ where: { email: { startsWith: `fixture-invitee-${run}-limit-` } } })).toBe(7);
    // An editor is not limited.
    await signInAs(db, editor);
    expect((await inviteCoEditorAction(idle, invite("editor", 0))).status).toBe("ok");
  });

  it("an invitation carries the inviter's name as plain text, never a link", async () => {
    const { inviteCoEditorAction } = await actions.team();
    await db.user.update({
      where: { id: beata.id },
      data: { name: "Beata http://evil.example/x www.evil.example evil.pl" },
    });
    await signInAs(db, beata);
    const email = `fixture-invitee-${run}-plain@example.org`;
    const answer = await inviteCoEditorAction(
      idle,
      form({ locale: "pl", clusterId: B.id, email, name: "Nowy z B", userLocale: "en" }),
    );
    expect(answer.status).toBe("ok");
    const mail = await smtp.waitFor((m) => recipient(m) === email);
    const body = `${mail.text ?? ""}\n${typeof mail.html === "string" ? mail.html : ""}`;
    expect(body).toContain("Beata");
    expect(body).not.toMatch(/evil/);
    // And a name with a link is not accepted for an invitee in the first place.
    const linked = await inviteCoEditorAction(
      idle,
      form({
        locale: "pl",
        clusterId: B.id,
        email: `fixture-invitee-${run}-linked@example.org`,
        name: "Kliknij www.evil.example",
      }),
    );
    expect(linked).toMatchObject({
      status: "error",
      errors: { name: "Wpisz samo imię i nazwisko, bez adresów stron i e-maili." },
    });
  });
});

// Waits until `count` sessions of this database wait for a lock (each call below blocks in turn).
