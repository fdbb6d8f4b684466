import { describe, expect, it } from "vitest";
import { alternates, everyLocale } from "@/lib/seo";

describe("hreflang alternates", () => {
  it("lists only the translations that exist, plus x-default on the Polish original", () => {
    const result = alternates("en", { pl: "/pl/news/porozumienie", en: "/en/news/agreement" });
    expect(result?.languages).toEqual({
      pl: "/pl/news/porozumienie",
      en: "/en/news/agreement",
      "x-default": "/pl/news/porozumienie",
    });
    expect(result?.canonical).toBe("/en/news/agreement");
  });

  it("points a fallback page's canonical at the original", () => {
    expect(alternates("ru", { pl: "/pl/news/porozumienie" })?.canonical).toBe("/pl/news/porozumienie");
  });

  it("covers every locale for pages whose text is all interface", () => {
    expect(Object.keys(everyLocale("/news"))).toEqual(["pl", "en", "de", "fr", "ru"]);
  });
});
