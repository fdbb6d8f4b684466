import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/seo";

// Read at request time so SITE_URL comes from the running server's configuration.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    // Internal list routes duplicate their query-string URLs; the webhook is not for crawlers.
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/*/news/-/", "/*/clusters/-/"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
