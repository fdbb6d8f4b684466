import { describe, expect, it } from "vitest";
import { fromWarsawInput, toWarsawInput } from "@/lib/warsaw-time";

describe("Europe/Warsaw times in the editor", () => {
  it("converts winter (CET, UTC+1) and summer (CEST, UTC+2) wall times to UTC", () => {
    expect(fromWarsawInput("2026-11-27T18:30")?.toISOString()).toBe("2026-11-27T17:30:00.000Z");
    expect(fromWarsawInput("2026-07-01T09:00")?.toISOString()).toBe("2026-07-01T07:00:00.000Z");
  });

  it("shows UTC instants as Warsaw wall time", () => {
    expect(toWarsawInput(new Date("2026-11-27T17:30:00Z"))).toBe("2026-11-27T18:30");
    expect(toWarsawInput(new Date("2015-06-30T22:00:00Z"))).toBe("2015-07-01T00:00");
  });

  it("refuses impossible dates, malformed input and the hour skipped in spring", () => {
    expect(fromWarsawInput("2026-02-30T10:00")).toBeNull();
    expect(fromWarsawInput("27.11.2026 18:30")).toBeNull();
    expect(fromWarsawInput("2026-03-29T02:30")).toBeNull();
  });

  it("round-trips every quarter hour across the autumn clock change", () => {
    for (let t = Date.UTC(2026, 9, 24, 20); t < Date.UTC(2026, 9, 25, 4); t += 15 * 60_000) {
      const back = fromWarsawInput(toWarsawInput(new Date(t)));
      expect(back).not.toBeNull();
      expect(toWarsawInput(back!)).toBe(toWarsawInput(new Date(t)));
    }
  });
});
