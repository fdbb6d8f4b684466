import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";
import { listRewrite } from "./lib/list-routes";

const negotiateLocale = createMiddleware(routing);

// Two jobs, on as few paths as possible (see `matcher`): locale negotiation for `/` and
// unprefixed paths (cookie, then Accept-Language, else Polish), and mapping cacheable list
// queries to their cached routes. Other localized pages never pass through here.
export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (/^\/(?:pl|en|de|fr|ru)\/(?:news|clusters)$/.test(pathname)) {
    const target = listRewrite(pathname, searchParams);
    if (!target) return NextResponse.next();
    const url = request.nextUrl.clone();
    url.pathname = target;
    url.search = "";
    return NextResponse.rewrite(url);
  }
  return negotiateLocale(request);
}

export const config = {
  matcher: [
    "/",
    "/(pl|en|de|fr|ru)/(news|clusters)",
    "/((?!api|_next|_vercel|media|(?:pl|en|de|fr|ru)(?:/|$)|.*\\..*).*)",
  ],
};
