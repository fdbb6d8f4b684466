import { describe, expect, it } from "vitest";
import { isLocale, locales, pickTranslation, withSource } from "@/lib/i18n/locales";

describe("locales", () => {
  it("knows exactly the five portal languages, Polish first", () => {
    expect(locales).toEqual(["pl", "en", "de", "fr", "ru"]);
    expect(isLocale("ru")).toBe(true);
    expect(isLocale("es")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it("loads the visitor's locale and the Polish source", () => {
    expect(withSource("de")).toEqual(["de", "pl"]);
    expect(withSource("pl")).toEqual(["pl"]);
  });
});

describe("pickTranslation", () => {
  const rows = [
    { locale: "pl", title: "Porozumienie" },
    { locale: "en", title: "Agreement" },
  ];

  it("returns the visitor's translation when it exists", () => {
    expect(pickTranslation(rows, "en")).toEqual({ translation: rows[1], isFallback: false });
  });

  it("falls back to the Polish original and says so", () => {
    expect(pickTranslation(rows, "ru")).toEqual({ translation: rows[0], isFallback: true });
  });

  it("uses any translation when even Polish is missing, and null when there is none", () => {
    expect(pickTranslation([{ locale: "de", title: "Vereinbarung" }], "fr")?.translation.title).toBe("Vereinbarung");
    expect(pickTranslation([], "pl")).toBeNull();
  });
});
