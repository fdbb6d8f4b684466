import { timingSafeEqual } from "node:crypto";
import { expireTags } from "@/lib/data/cache";
import { publishDuePosts } from "@/lib/data/admin/posts/schedule";
import { env } from "@/lib/env";
import { schedulerToken } from "@/lib/scheduler";

function matches(header: string | null, secret: string | undefined): boolean {
  if (!secret) return false;
  const given = Buffer.from(header ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// Publishes scheduled posts that are due and expires the public pages that list them.
// Called every few seconds by this process's own scheduler (instrumentation.ts), or by an
// external cron with REVALIDATE_SECRET.
export async function POST(request: Request) {
  const header = request.headers.get("authorization");
  if (!matches(header, schedulerToken()) && !matches(header, env().REVALIDATE_SECRET || undefined)) {
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  const published = await publishDuePosts();
  if (published > 0) expireTags("posts");
  return Response.json({ published });
}
