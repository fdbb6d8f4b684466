import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

const negotiateLocale = createMiddleware(routing);

// Locale negotiation for `/` and unprefixed paths (cookie, then Accept-Language, else
// Polish), and a 400 for malformed URLs. Localized pages never pass through here, so their
// cached HTML is served without running it.
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next's router answers a malformed percent-encoding with a bare 500; it is a bad request.
  if (pathname.includes("%") && !isWellEncoded(pathname)) return new NextResponse(null, { status: 400 });
  return negotiateLocale(request);
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
    "/(.*%.*)",
    "/((?!api|_next|_vercel|media|(?:pl|en|de|fr|ru)(?:/|$)|.*\\..*).*)",
  ],
};
