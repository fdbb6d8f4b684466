import { timingSafeEqual } from "node:crypto";
import { expireTags } from "@/lib/data/cache";
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
  // Pages expire at once, the tags' data goes stale: fresh on the next visit, last good copy in an outage.
  expireTags(...body.data.tags);
  return Response.json({ revalidated: body.data.tags });
}
