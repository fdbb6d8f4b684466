import { describe, expect, it } from "vitest";
import { clusterQuerySchema, newsQuerySchema, slugSchema } from "@/lib/validation/params";

describe("news query", () => {
  it("accepts a positive page and a tag slug", () => {
    expect(newsQuerySchema.parse({ page: "3", tag: "agreements" })).toEqual({ page: 3, tag: "agreements" });
    expect(newsQuerySchema.parse({})).toEqual({ page: undefined, tag: undefined });
    expect(newsQuerySchema.parse({ page: ["2", "5"] }).page).toBe(2);
  });

  it.each(["0", "-1", "1.5", "abc", "01", "9999999", ""])("rejects page=%s", (page) => {
    expect(newsQuerySchema.safeParse({ page }).success).toBe(false);
  });

  it("rejects a tag that is not a slug", () => {
    expect(newsQuerySchema.safeParse({ tag: "<script>" }).success).toBe(false);
  });
});

describe("cluster query", () => {
  it("accepts known regions and sectors, trims the search, ignores empty fields", () => {
    expect(clusterQuerySchema.parse({ region: "slaskie", sector: "medical", q: "  pik " })).toEqual({
      region: "slaskie",
      sector: "medical",
      q: "pik",
    });
    expect(clusterQuerySchema.parse({ region: "", sector: "", q: "" })).toEqual({});
  });

  it("rejects unknown regions and sectors", () => {
    expect(clusterQuerySchema.safeParse({ region: "bavaria" }).success).toBe(false);
    expect(clusterQuerySchema.safeParse({ sector: "weapons" }).success).toBe(false);
    expect(clusterQuerySchema.safeParse({ q: "x".repeat(101) }).success).toBe(false);
  });
});

describe("slug", () => {
  it.each(["porozumienie-okip-2015", "pikmed", "a1-b2"])("accepts %s", (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });
  it.each(["Porozumienie", "a--b", "-a", "a b", "ąę", "../etc"])("rejects %s", (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(false);
  });
});
