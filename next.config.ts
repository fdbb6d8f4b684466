import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { listRewrites } from "./lib/list-routes";
import { publicCsp } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // Admin and account pages replace it with a nonce-based policy (proxy.ts).
  { key: "Content-Security-Policy", value: publicCsp() },
  // Browsers ignore HSTS over plain http, so it is safe to send from every production server.
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // app/[locale]/layout.tsx is the root layout; unmatched URLs get app/global-not-found.tsx.
  experimental: {
    globalNotFound: true,
    // Media uploads go through server actions: room for a 10 MB file plus the form around it.
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "12mb",
  },
  // Cacheable list queries go to cached path routes (see lib/list-routes.ts).
  async rewrites() {
    return { beforeFiles: listRewrites(), afterFiles: [], fallback: [] };
  },
  async headers() {
    return [
      // The proxy sets the nonce policy on admin and account pages.
      // Stored media set their own, stricter policy (app/media/[...path]/route.ts).
      {
        source: "/:path((?!media/|(?:pl|en|de|fr|ru)/(?:admin|sign-in|forgot-password|set-password)(?:/|$)).*)",
        headers: securityHeaders,
      },
      { source: "/media/:path*", headers: securityHeaders.filter(({ key }) => key !== "Content-Security-Policy") },
      {
        source: "/:locale(pl|en|de|fr|ru)/:area(admin|sign-in|forgot-password|set-password)/:path*",
        headers: securityHeaders.filter(({ key }) => key !== "Content-Security-Policy"),
      },
    ];
  },
};

export default withNextIntl(nextConfig);
