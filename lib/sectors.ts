// Sector keys of cluster profiles; their labels are in messages/<locale>.json under "Sectors".
export const sectorKeys = [
  "medical",
  "veterinary",
  "regional-development",
  "export",
  "ict",
  "energy",
  "manufacturing",
  "agrifood",
  "construction",
  "environment",
  "tourism",
  "creative",
  "logistics",
  "chemistry",
] as const;

export type SectorKey = (typeof sectorKeys)[number];

// Narrows an arbitrary string to a known sector key.
export function isSectorKey(value: unknown): value is SectorKey {
  return typeof value === "string" && (sectorKeys as readonly string[]).includes(value);
}
