import { draftMode } from "next/headers";
import { z } from "zod";
import { getViewer, isEditor } from "@/lib/auth/viewer";
import { previewSlug } from "@/lib/data/admin/posts/preview";
import { locales } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";

const querySchema = z.object({ post: z.string().min(1).max(40), locale: z.enum(locales) });

// Turns on draft mode for an editor and opens the post's public address, drafts included.
export async function GET(request: Request) {
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return new Response("Bad request", { status: 400 });
  const viewer = await getViewer();
  if (!isEditor(viewer)) return new Response("Forbidden", { status: 403 });
  const slug = await previewSlug(viewer, query.data.post, query.data.locale);
  if (!slug) return new Response("Not found", { status: 404 });
  (await draftMode()).enable();
  return redirect({ href: `/news/${slug}`, locale: query.data.locale });
}
