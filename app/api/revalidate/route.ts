import { timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { env } from "@/lib/env";
import { revalidateSchema } from "@/lib/validation/revalidate";

function authorized(header: string | null, secret: string): boolean {
  const given = Buffer.from(header ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// Webhook: expires cached public pages by tag after data changed outside the app.
export async function POST(request: Request) {
  const secret = env().REVALIDATE_SECRET;
  if (!secret) return Response.json({ error: "disabled" }, { status: 404 });
  if (!authorized(request.headers.get("authorization"), secret)) {
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  const body = revalidateSchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: "invalid", issues: body.error.issues }, { status: 400 });
  // Expire at once: the next visit renders from the database instead of serving stale HTML.
  for (const tag of body.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: body.data.tags });
}
