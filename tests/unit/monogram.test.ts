import { describe, expect, it } from "vitest";
import { monogramOf } from "@/components/ui/monogram";

describe("monogramOf", () => {
  it.each([
    ["Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw (OKIP)", "OKIP"],
    ["Polski Innowacyjny Klaster Medyczny PIKMED", "PIKMED"],
    ["Klaster Innowacyjne Regiony", "KIR"],
    ["[Demo] Klaster Energii Pomorze", "KEP"],
    ["Klaster for Africa", "KA"],
  ])("%s → %s", (name, expected) => {
    expect(monogramOf(name)).toBe(expected);
  });
});
