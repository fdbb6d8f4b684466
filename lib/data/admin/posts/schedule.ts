import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/data/admin/audit/record";
import { recordRevision } from "../shared/revisions";
import { postSnapshotInclude, postSnapshotOf } from "./snapshot";

// Publishes every scheduled post whose time has come; returns how many went live.
// Runs without a viewer: it is the scheduler acting on editors' earlier decisions.
export async function publishDuePosts(now = new Date()): Promise<number> {
  const due = await db.post.findMany({
    where: { status: "SCHEDULED", publishedAt: { lte: now } },
    select: { id: true, version: true },
  });
  let published = 0;
  for (const post of due) {
    // Each post with its revision and audit entry in one transaction: a kill mid-publish leaves
    // either all three or none (the next tick publishes it then).
    const done = await db.$transaction(async (tx) => {
      // Conditional on the version seen, so an editor's concurrent save is never overwritten.
      const { count } = await tx.post.updateMany({
        where: { id: post.id, version: post.version, status: "SCHEDULED" },
        // A new version: an editor who opened the post while it was scheduled gets a conflict.
        data: { status: "PUBLISHED", version: { increment: 1 } },
      });
      if (count !== 1) return false;
      const after = await tx.post.findUniqueOrThrow({ where: { id: post.id }, include: postSnapshotInclude });
      await recordRevision(tx, { type: "post", id: post.id, version: after.version }, postSnapshotOf(after), null);
      await recordAudit(tx, {
        action: "post.autoPublish",
        entityType: "post",
        entityId: post.id,
        data: { version: after.version },
      });
      return true;
    });
    if (done) published += 1;
  }
  return published;
}

// When the next scheduled post is due, so the scheduler can wake exactly then.
export async function nextScheduledAt(): Promise<Date | null> {
  const next = await db.post.findFirst({
    where: { status: "SCHEDULED", publishedAt: { not: null } },
    orderBy: { publishedAt: "asc" },
    select: { publishedAt: true },
  });
  return next?.publishedAt ?? null;
}
