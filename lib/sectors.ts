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
