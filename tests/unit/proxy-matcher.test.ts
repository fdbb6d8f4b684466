import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";

// Which paths run the proxy (proxy.ts `config.matcher`), checked with Next's own matcher.
const runs = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe("proxy matcher", () => {
  it("runs for locale negotiation, malformed URLs and private pages", () => {
    expect(runs("/")).toBe(true);
    expect(runs("/news")).toBe(true);
    expect(runs("/pl/news/%E0%A4%A")).toBe(true);
    expect(runs("/pl/admin/newsletter")).toBe(true);
    expect(runs("/de/my-cluster")).toBe(true);
  });

  it("leaves cached public pages, the newsletter's links and Next's assets alone", () => {
    expect(runs("/pl")).toBe(false);
    expect(runs("/de/newsletter")).toBe(false);
    expect(runs("/de/newsletter/preferences?s=a&t=b")).toBe(false);
    expect(runs("/api/newsletter/unsubscribe?s=a&t=b")).toBe(false);
    // Development chunk names carry percent-encoded brackets; sent to /pl/_next/… they were 404s.
    expect(runs("/_next/static/chunks/%5Bturbopack%5D_browser_dev_hmr-client_hmr-client_ts_0fb9._.js")).toBe(false);
    expect(runs("/_next/static/chunks/node_modules_%40swc_helpers_cjs_1r9vbqwj2323d._.js")).toBe(false);
  });
});
