import { describe, expect, it } from "vitest";
import { formatDate, formatFileSize, isoDay } from "@/lib/format";

// The article was posted on 24 June 2015 (Warsaw time).
const posted = "2015-06-24T08:00:00.000Z";

describe("formatDate", () => {
  it.each([
    ["pl", "24 czerwca 2015"],
    ["en", "24 June 2015"],
    ["de", "24. Juni 2015"],
    ["fr", "24 juin 2015"],
    ["ru", "24 июня 2015"],
  ] as const)("writes the date the %s way", (locale, expected) => {
    expect(formatDate(posted, locale)).toContain(expected);
  });

  it("counts days in Warsaw time, not UTC", () => {
    expect(formatDate("2015-06-23T22:30:00.000Z", "en")).toBe("24 June 2015");
    expect(isoDay("2015-06-23T22:30:00.000Z")).toBe("2015-06-24");
  });
});

describe("formatFileSize", () => {
  it("uses the largest sensible unit", () => {
    expect(formatFileSize(512, "en")).toBe("512 byte");
    expect(formatFileSize(2_621_440, "en")).toBe("2.5 MB");
    expect(formatFileSize(2_621_440, "pl")).toBe("2,5 MB");
  });
});
