import slugify from "@sindresorhus/slugify";

// The URL slug of a title: lowercase ASCII with hyphens; Polish diacritics, German umlauts,
// French accents and Cyrillic are transliterated ("Łódź" → "lodz", "межкластерном" → "mezhklasternom").
export function slugFromTitle(title: string): string {
  return slugify(title);
}
