import { describe, expect, it } from "vitest";
import { profileCompleteness } from "@/lib/completeness";
import type { ClusterSnapshot } from "@/lib/data/admin/clusters/snapshot";
import { locales } from "@/lib/i18n/locales";
import { emptyCluster } from "../support/clusters";

// The profile meter of a member cluster: 10 profile facts and 3 texts in each of 5 languages (25 items).

const empty: ClusterSnapshot = emptyCluster({ slug: "klaster" });

const texts = { name: "Klaster", shortDescription: "Krótko", description: "<p>Opis</p>" };

const complete: ClusterSnapshot = {
  ...empty,
  logoId: "logo",
  website: "https://klaster.example",
  email: "biuro@klaster.example",
  phone: "+48 32 123 45 67",
  address: "ul. Długa 1",
  city: "Katowice",
  region: "slaskie",
  sectors: ["ict"],
  memberCount: 12,
  socialLinks: { LINKEDIN: "https://www.linkedin.com/company/klaster" },
  translations: Object.fromEntries(locales.map((locale) => [locale, texts])),
};

describe("profileCompleteness", () => {
  it("counts an empty profile as 0 % with every fact and every text of every language missing", () => {
    const result = profileCompleteness(empty);
    expect(result.percent).toBe(0);
    expect(result.missingFields).toEqual([
      "logoId",
      "website",
      "email",
      "phone",
      "address",
      "city",
      "region",
      "sectors",
      "memberCount",
      "socialLinks",
    ]);
    expect(Object.keys(result.missingTexts)).toEqual([...locales]);
    expect(result.missingTexts.de).toEqual(["name", "shortDescription", "description"]);
  });

  it("counts a complete profile as 100 % with nothing missing", () => {
    expect(profileCompleteness(complete)).toEqual({ percent: 100, missingFields: [], missingTexts: {} });
  });

  it("rounds down, so that 100 % always means nothing is missing", () => {
    // 24 of 25 items: 96 %; 1 of 25: 4 %.
    expect(profileCompleteness({ ...complete, phone: null }).percent).toBe(96);
    expect(profileCompleteness({ ...empty, city: "Katowice" }).percent).toBe(4);
    const almost = { ...complete, translations: { ...complete.translations, ru: { ...texts, shortDescription: "" } } };
    expect(profileCompleteness(almost)).toEqual({
      percent: 96,
      missingFields: [],
      missingTexts: { ru: ["shortDescription"] },
    });
  });

  it("treats blank texts, an empty editor and social links without an address as missing", () => {
    const result = profileCompleteness({
      ...complete,
      website: "",
      socialLinks: { FACEBOOK: "" },
      translations: {
        ...complete.translations,
        pl: { name: "  ", shortDescription: " ", description: "<p> </p>" },
        en: { ...texts, description: '<p><img src="/media/a.png" alt=""></p>' },
      },
    });
    expect(result.missingFields).toEqual(["website", "socialLinks"]);
    // An image alone is content; tags without text are not.
    expect(result.missingTexts).toEqual({ pl: ["name", "shortDescription", "description"] });
    expect(result.percent).toBe(80);
  });
});
