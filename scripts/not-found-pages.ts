// Every HTML 404 as a real page. Next 16 answers notFound() and unmatched URLs with an empty
// `<html id="__next_error__">` shell that only scripts fill in (vercel/next.js#62228): no heading,
// no <html lang>, nothing without JavaScript. The web server (scripts/server.ts) watches each
// page request; when Next's answer turns out to be a 404 in HTML, it sends instead the cached
// page app/[locale]/(public)/-/not-found in the visitor's language, with status 404. If that page
// cannot be had, Next's own answer goes out as it was.
import type { IncomingMessage, ServerResponse } from "node:http";
import { defaultLocale, isLocale, locales } from "../lib/i18n/locales";

export const NOT_FOUND_PAGE = new RegExp(`^/(?:${locales.join("|")})/-/not-found/?$`);

// The language of a 404: the URL's own, else the best of Accept-Language, else Polish.
export function notFoundLocale(pathname: string, acceptLanguage: string | undefined): string {
  const first = pathname.split("/")[1];
  if (isLocale(first)) return first;
  const wanted = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { language: tag.trim().slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q) || 0 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return wanted.find((entry) => (locales as readonly string[]).includes(entry.language))?.language ?? defaultLocale;
}

type Write = ServerResponse["write"];
type End = ServerResponse["end"];

// Watches one response; `fetchPage` gets the replacement's HTML (null when it cannot).
export function replaceNotFoundShell(
  request: IncomingMessage,
  response: ServerResponse,
  fetchPage: (locale: string) => Promise<string | null>,
): void {
  if (request.method !== "GET" || request.headers.rsc || request.headers["next-router-prefetch"]) return;
  const pathname = (request.url ?? "/").split("?")[0]!;
  if (NOT_FOUND_PAGE.test(pathname)) {
    // The page itself is a 404 too, for anyone who finds its address.
    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
    response.writeHead = ((status: number, ...rest: unknown[]) =>
      writeHead(status === 200 ? 404 : status, ...rest)) as ServerResponse["writeHead"];
    const setStatus = () => {
      if (response.statusCode === 200) response.statusCode = 404;
    };
    const write = response.write.bind(response) as Write;
    const end = response.end.bind(response) as End;
    response.write = ((...args: Parameters<Write>) => (setStatus(), write(...args))) as Write;
    response.end = ((...args: Parameters<End>) => (setStatus(), end(...args))) as End;
    return;
  }

  const original = {
    writeHead: response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse,
    write: response.write.bind(response) as Write,
    end: response.end.bind(response) as End,
  };
  let swallow: boolean | null = null;
  const held: Buffer[] = [];
  const decide = () => {
    swallow ??= response.statusCode === 404 && /^text\/html/.test(String(response.getHeader("content-type") ?? ""));
    return swallow;
  };
  // The wrappers stay in place: Next's compression wraps them in turn, and putting the originals
  // back would cut it out. An answer that is not a 404 in HTML passes straight through.

  response.writeHead = ((status: number, ...rest: unknown[]) => {
    response.statusCode = status;
    const headers = rest.find((arg) => arg && typeof arg === "object") as Record<string, string> | undefined;
    if (headers && !Array.isArray(headers)) for (const [k, v] of Object.entries(headers)) response.setHeader(k, v);
    if (decide()) return response;
    return original.writeHead(status, ...rest);
  }) as ServerResponse["writeHead"];

  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!decide()) return (original.write as (...args: unknown[]) => boolean)(chunk, ...rest);
    if (chunk) held.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return true;
  }) as Write;

  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!decide()) return (original.end as (...args: unknown[]) => ServerResponse)(chunk, ...rest);
    if (chunk && typeof chunk !== "function") held.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    const locale = notFoundLocale(pathname, request.headers["accept-language"]);
    void fetchPage(locale)
      .catch(() => null)
      .then((html) => {
        // Written below the compression layer: Next's own bytes as they were (compressed or not),
        // or the page uncompressed.
        // (Headers first, explicitly: Node's implicit ones would go through the wrapped writeHead.)
        if (html === null) {
          original.writeHead(response.statusCode);
          original.end(Buffer.concat(held));
          return;
        }
        // Next may have compressed its own answer (the held bytes); this one goes out as it is.
        response.removeHeader("content-encoding");
        response.removeHeader("content-length");
        response.removeHeader("etag");
        response.removeHeader("x-nextjs-cache");
        response.setHeader("content-type", "text/html; charset=utf-8");
        response.setHeader("cache-control", "no-store");
        original.writeHead(404);
        original.end(html);
      });
    return response;
  }) as End;
}
