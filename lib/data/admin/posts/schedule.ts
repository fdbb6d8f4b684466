import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/data/admin/audit/record";

// Publishes every scheduled post whose time has come; returns how many went live.
// Runs without a viewer: it is the scheduler acting on editors' earlier decisions.
export async function publishDuePosts(now = new Date()): Promise<number> {
  const due = await db.post.findMany({
    where: { status: "SCHEDULED", publishedAt: { lte: now } },
    select: { id: true, version: true },
  });
  let published = 0;
  for (const post of due) {
    // Conditional on the version seen, so an editor's concurrent save is never overwritten.
    const { count } = await db.post.updateMany({
      where: { id: post.id, version: post.version, status: "SCHEDULED" },
      // A new version: an editor who opened the post while it was scheduled gets a conflict.
      data: { status: "PUBLISHED", version: { increment: 1 } },
    });
    if (count === 1) {
      published += 1;
      await recordAudit(db, { action: "post.autoPublish", entityType: "post", entityId: post.id });
    }
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
