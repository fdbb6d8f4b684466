import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

// Locale negotiation only: `/` and paths without a locale are redirected by cookie, then
// Accept-Language, else Polish. Localized pages never pass through here, so their cached
// HTML is served without running the proxy.
export default createMiddleware(routing);

export const config = {
  matcher: ["/", "/((?!api|_next|_vercel|media|(?:pl|en|de|fr|ru)(?:/|$)|.*\\..*).*)"],
};
