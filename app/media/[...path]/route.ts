import { mediaTypeOfKey } from "@/lib/media/keys";
import { openMediaFile } from "@/lib/media/storage";

// Files are read at request time; Next must not copy them into its own cache.
export const dynamic = "force-dynamic";

// Images get the strictest policy. PDFs cannot: Chrome and Safari show a blank page for a sandboxed
// PDF, and `default-src 'none'` breaks Chrome's viewer styles; browser PDF viewers run outside
// this origin, so nosniff and the four allowed types are what keep stored files from running here.
const IMAGE_POLICY = "default-src 'none'; sandbox";
const DOCUMENT_POLICY = "frame-ancestors 'self'";

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });
}

// Streams a stored media file (image or PDF) by its key, cached for a year: keys never change content.
export async function GET(_request: Request, { params }: RouteContext<"/media/[...path]">): Promise<Response> {
  const key = (await params).path.join("/");
  const type = mediaTypeOfKey(key);
  const file = type && (await openMediaFile(key));
  if (!type || !file) return notFound();
  return new Response(file.stream, {
    headers: {
      "Content-Type": type,
      "Content-Length": String(file.size),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": type === "application/pdf" ? DOCUMENT_POLICY : IMAGE_POLICY,
    },
  });
}
