import { describe, expect, it } from "vitest";
import { listRewrite } from "@/lib/list-routes";

const rewrite = (url: string) => {
  const { pathname, searchParams } = new URL(url, "http://x");
  return listRewrite(pathname, searchParams);
};

describe("listRewrite", () => {
  it("maps news pages to the cached route", () => {
    expect(rewrite("/pl/news")).toBe("/pl/news/-/1");
    expect(rewrite("/en/news?page=3")).toBe("/en/news/-/3");
  });

  it("leaves tags, odd and very deep pages to the dynamic page (which validates them)", () => {
    expect(rewrite("/pl/news?tag=agreements")).toBeNull();
    expect(rewrite("/pl/news?page=0")).toBeNull();
    expect(rewrite("/pl/news?page=abc")).toBeNull();
    expect(rewrite("/pl/news?page=201")).toBeNull();
    expect(rewrite("/pl/news?page=2&page=3")).toBeNull();
    expect(rewrite("/pl/news?utm_source=x")).toBeNull();
  });

  it("maps known region and sector filters, with empty form fields meaning 'any'", () => {
    expect(rewrite("/pl/clusters")).toBe("/pl/clusters/-/all/all");
    expect(rewrite("/de/clusters?q=&region=slaskie&sector=")).toBe("/de/clusters/-/slaskie/all");
    expect(rewrite("/ru/clusters?sector=medical")).toBe("/ru/clusters/-/all/medical");
  });

  it("leaves name searches and unknown values to the dynamic page", () => {
    expect(rewrite("/pl/clusters?q=pikmed")).toBeNull();
    expect(rewrite("/pl/clusters?region=bavaria")).toBeNull();
    expect(rewrite("/pl/clusters?sector=weapons")).toBeNull();
  });

  it("ignores other paths and locales", () => {
    expect(rewrite("/pl/agreements")).toBeNull();
    expect(rewrite("/es/news")).toBeNull();
    expect(rewrite("/pl/news/some-article")).toBeNull();
  });
});
