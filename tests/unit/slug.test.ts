import { describe, expect, it } from "vitest";
import { slugFromTitle } from "@/lib/slug";
import { slugSchema } from "@/lib/validation/params";

describe("slugFromTitle", () => {
  it.each([
    [
      "Porozumienie o współpracy międzyklastrowej z Klastrem OKIP",
      "porozumienie-o-wspolpracy-miedzyklastrowej-z-klastrem-okip",
    ],
    ["Łódź, Żory i Świętokrzyskie", "lodz-zory-i-swietokrzyskie"],
    [
      "Vereinbarung über clusterübergreifende Zusammenarbeit",
      "vereinbarung-ueber-clusteruebergreifende-zusammenarbeit",
    ],
    ["Accord de coopération inter-clusters", "accord-de-cooperation-inter-clusters"],
    ["Соглашение о межкластерном сотрудничестве", "soglashenie-o-mezhklasternom-sotrudnichestve"],
    ["  PIKMED – 2015!  ", "pikmed-2015"],
  ])("%s → %s", (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });
});
