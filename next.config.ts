import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { listRewrites } from "./lib/list-routes";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // Baseline CSP; script-src with nonces arrives with the admin (issue 3).
  { key: "Content-Security-Policy", value: "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // app/[locale]/layout.tsx is the root layout; unmatched URLs get app/global-not-found.tsx.
  experimental: { globalNotFound: true },
  // Cacheable list queries go to cached path routes (see lib/list-routes.ts).
  async rewrites() {
    return { beforeFiles: listRewrites(), afterFiles: [], fallback: [] };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
