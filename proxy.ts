import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { isLocale } from "./lib/i18n/locales";
import { getPathname } from "./lib/i18n/navigation";
import { routing } from "./lib/i18n/routing";
import { nonceCsp, PRIVATE_PATH } from "./lib/security-headers";
import { databaseAnswers } from "./lib/database-probe";
import { unavailableResponse } from "./lib/unavailable-page";

const negotiateLocale = createMiddleware(routing);

// Locale negotiation for `/` and unprefixed paths (cookie, then Accept-Language, else
// Polish), a 400 for malformed URLs, and for the admin and account pages a per-request CSP
// nonce plus a redirect to sign-in when there is no session cookie at all (admin, my-cluster). That redirect is
// only convenience: every admin page and action checks the session itself. Public localized
// pages never pass through here, so their cached HTML is served without running it.
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next's router answers a malformed percent-encoding with a bare 500; it is a bad request.
  if (pathname.includes("%") && !isWellEncoded(pathname)) return new NextResponse(null, { status: 400 });
  if (PRIVATE_PATH.test(pathname)) return privatePage(request);
  if (PER_REQUEST_PAGE.test(pathname)) return perRequestPage(request);
  return negotiateLocale(request);
}

// Public pages rendered on every request from the database (a tag filter, a name search; the
// matcher below sends only those here, not their cached variants). During an outage they answer
// a translated 503 with Retry-After instead of an error page; cached pages keep serving.
const PER_REQUEST_PAGE = /^\/(?:pl|en|de|fr|ru)\/(?:news|clusters)$/;

async function perRequestPage(request: NextRequest): Promise<Response> {
  if (await databaseAnswers()) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  const locale = pathname.split("/")[1];
  if (!isLocale(locale)) return NextResponse.next();
  return unavailableResponse(locale, {
    here: pathname + search,
    home: getPathname({ locale, href: "/" }),
    news: getPathname({ locale, href: "/news" }),
  });
}

const SIGNED_IN_AREA = /^\/[a-z]{2}\/(?:admin|my-cluster)(?:\/|$)/;

function privatePage(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  // PRIVATE_PATH starts with one of the locales.
  const locale = pathname.split("/")[1];
  if (isLocale(locale) && SIGNED_IN_AREA.test(pathname) && !hasSessionCookie(request)) {
    const signIn = new URL(getPathname({ locale, href: "/sign-in" }), request.url);
    signIn.searchParams.set("next", pathname + search);
    return NextResponse.redirect(signIn);
  }
  const csp = nonceCsp(Buffer.from(crypto.randomUUID()).toString("base64"));
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("cache-control", "private, no-store");
  return response;
}

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(name));
}

function isWellEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [
    "/",
    // Percent-encoded paths (to answer malformed ones with 400), but not Next's own assets:
    // development chunk names contain %5B…%5D and must reach Next untouched.
    "/((?!_next/).*%.*)",
    "/(pl|en|de|fr|ru)/(admin|my-cluster|sign-in|forgot-password|set-password)/:path*",
    "/(pl|en|de|fr|ru)/(admin|my-cluster|sign-in|forgot-password|set-password)",
    "/((?!api|_next|_vercel|media|(?:pl|en|de|fr|ru)(?:/|$)|.*\\..*).*)",
    // The per-request variants of the news list and the directory (lib/list-routes.ts).
    { source: "/:locale(pl|en|de|fr|ru)/news", has: [{ type: "query", key: "tag" }] },
    { source: "/:locale(pl|en|de|fr|ru)/clusters", has: [{ type: "query", key: "q" }] },
  ],
};
