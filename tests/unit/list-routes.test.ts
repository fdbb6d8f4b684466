import { describe, expect, it } from "vitest";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { matchHas } from "next/dist/shared/lib/router/utils/prepare-destination";
import { listRewrites, publicListPath } from "@/lib/list-routes";

// Applies the rewrites with Next's own matchers, as its router does for beforeFiles rules.
function rewrite(url: string): string | null {
  const { pathname, searchParams } = new URL(url, "http://x");
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) {
    const all = searchParams.getAll(key);
    query[key] = all.length > 1 ? all : all[0]!;
  }
  const req = { headers: {}, cookies: {} } as unknown as Parameters<typeof matchHas>[0];
  for (const rule of listRewrites()) {
    const params = getPathMatch(rule.source)(pathname);
    if (!params) continue;
    const extra = matchHas(req, query, rule.has, rule.missing);
    if (!extra) continue;
    const all = { ...params, ...extra } as Record<string, string>;
    return rule.destination.replace(/:([a-z]+)/g, (_, name: string) => all[name] ?? `:${name}`);
  }
  return null;
}

describe("list rewrites", () => {
  it("send news pages to the cached route, ignoring tracking parameters", () => {
    expect(rewrite("/pl/news")).toBe("/pl/news/-/1");
    expect(rewrite("/en/news?page=3")).toBe("/en/news/-/3");
    expect(rewrite("/pl/news?page=199")).toBe("/pl/news/-/199");
    expect(rewrite("/pl/news?utm_source=newsletter")).toBe("/pl/news/-/1");
    expect(rewrite("/pl/news?page=")).toBe("/pl/news/-/1");
  });

  it("leave tags, odd and very deep pages to the dynamic page (which validates them)", () => {
    expect(rewrite("/pl/news?tag=agreements")).toBeNull();
    expect(rewrite("/pl/news?page=2&tag=agreements")).toBeNull();
    expect(rewrite("/pl/news?page=0")).toBeNull();
    expect(rewrite("/pl/news?page=abc")).toBeNull();
    expect(rewrite("/pl/news?page=2x")).toBeNull();
    expect(rewrite("/pl/news?page=200")).toBeNull();
  });

  it("send known region and sector filters to the cached route; empty form fields mean 'any'", () => {
    expect(rewrite("/pl/clusters")).toBe("/pl/clusters/-/all/all");
    expect(rewrite("/de/clusters?q=&region=slaskie&sector=")).toBe("/de/clusters/-/slaskie/all");
    expect(rewrite("/ru/clusters?q=+&region=&sector=medical")).toBe("/ru/clusters/-/all/medical");
    expect(rewrite("/fr/clusters?region=mazowieckie&sector=ict")).toBe("/fr/clusters/-/mazowieckie/ict");
  });

  it("leave name searches and unknown values to the dynamic page", () => {
    expect(rewrite("/pl/clusters?q=pikmed")).toBeNull();
    expect(rewrite("/pl/clusters?q=pikmed&region=slaskie")).toBeNull();
    expect(rewrite("/pl/clusters?region=bavaria")).toBeNull();
    expect(rewrite("/pl/clusters?sector=weapons")).toBeNull();
    expect(rewrite("/pl/clusters?region=slaskie&sector=weapons")).toBeNull();
  });

  it("touch no other path or locale", () => {
    expect(rewrite("/pl/agreements")).toBeNull();
    expect(rewrite("/es/news")).toBeNull();
    expect(rewrite("/pl/news/some-article")).toBeNull();
  });
});

describe("publicListPath", () => {
  it.each([
    ["/pl/news/-/1", "/pl/news"],
    ["/en/news/-/3", "/en/news?page=3"],
    ["/de/clusters/-/all/all", "/de/clusters"],
    ["/ru/clusters/-/slaskie/medical", "/ru/clusters?region=slaskie&sector=medical"],
    ["/pl/news/porozumienie-okip", "/pl/news/porozumienie-okip"],
  ])("%s → %s", (internal, expected) => {
    expect(publicListPath(internal)).toBe(expected);
  });

  it("round-trips with the rewrites", () => {
    for (const url of ["/pl/news", "/en/news?page=7", "/fr/clusters?region=slaskie", "/pl/clusters?sector=ict"]) {
      expect(publicListPath(rewrite(url)!)).toBe(url);
    }
  });
});
