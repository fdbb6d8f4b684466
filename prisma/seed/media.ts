import { readFile } from "node:fs/promises";
import path from "node:path";
import { type MediaUpload, processUpload, storeUpload } from "../../lib/media/process";
import { mediaFileExists } from "../../lib/media/storage";

// Seed images live in prisma/seed/media and reach MEDIA_DIR the way uploads do: re-encoded,
// with resized variants. The output is byte-identical on every run, so rows stay unchanged.

interface SeedImageFile {
  /** File in prisma/seed/media. */
  fileName: string;
  /** Its key in MEDIA_DIR without the extension. */
  stem: string;
}

export const OKIP_COVER: SeedImageFile = { fileName: "okip-agreement-2015.jpg", stem: "seed/okip-agreement-2015" };

const SEED_IMAGES = [OKIP_COVER];

// Processes a seed image and writes it (and its variants) to MEDIA_DIR; returns the Media row's data.
export async function storeSeedImage({ fileName, stem }: SeedImageFile): Promise<MediaUpload> {
  const bytes = await readFile(new URL(`./media/${fileName}`, import.meta.url));
  const processed = await processUpload(bytes, fileName, { stem });
  if ("error" in processed) throw new Error(`Seed image ${fileName} was refused: ${processed.error}`);
  return storeUpload(processed);
}

// Writes the seed images into MEDIA_DIR when missing (a new volume, or a database seeded before media left public/).
export async function restoreSeedMedia(): Promise<void> {
  for (const image of SEED_IMAGES) {
    if (!(await mediaFileExists(image.stem + path.extname(image.fileName)))) await storeSeedImage(image);
  }
}
