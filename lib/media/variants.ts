// A resized copy of an image, as stored in Media.variants (a type alias, so Prisma accepts it as JSON).
export type MediaVariant = {
  width: number;
  height: number;
  path: string;
  mimeType: string;
};

function isVariant(value: unknown): value is MediaVariant {
  if (typeof value !== "object" || value === null) return false;
  const { width, height, path, mimeType } = value as Record<string, unknown>;
  return (
    Number.isInteger(width) && Number.isInteger(height) && typeof path === "string" && typeof mimeType === "string"
  );
}

// The variants held in a Media row's JSON column, narrowest first; malformed entries are skipped.
export function parseVariants(json: unknown): MediaVariant[] {
  if (!Array.isArray(json)) return [];
  return json
    .filter(isVariant)
    .map(({ width, height, path, mimeType }) => ({ width, height, path, mimeType }))
    .sort((a, b) => a.width - b.width);
}
