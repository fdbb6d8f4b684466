import { fileTypeFromBuffer } from "file-type";
import sharp, { type Sharp } from "sharp";
import { env } from "../env";
import {
  displayFileName,
  type MediaExtension,
  MEDIA_TYPES,
  type MediaMimeType,
  newMediaStem,
  variantKey,
} from "./keys";
import { deleteMediaFiles, writeMediaFile } from "./storage";
import { type MediaVariant, parseVariants } from "./variants";

// Turns uploaded bytes into what the media library stores: the type is read from the bytes
// (never from the name or the browser's claim), images are re-encoded without metadata and
// resized for srcset, and PDFs are kept as they are.

export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;
// A small file can still hold a huge image: decoding is bounded in pixels as well as bytes.
export const MAX_PIXELS = 50_000_000;

export type UploadError = "tooLarge" | "unsupportedType" | "corrupt";
export type UploadRefusal = { error: UploadError };

// The data of a Media row, for the caller to insert.
export interface MediaUpload {
  kind: "IMAGE" | "DOCUMENT";
  fileName: string;
  mimeType: MediaMimeType;
  size: number;
  width: number | null;
  height: number | null;
  path: string;
  variants: MediaVariant[];
}

export interface ProcessedUpload extends MediaUpload {
  /** Everything to write, the original first. */
  files: { path: string; bytes: Uint8Array }[];
}

export interface ProcessOptions {
  /** Key of the stored original without its extension; a fresh one by default (the seed passes a fixed one). */
  stem?: string;
  /** Size limit in bytes; MEDIA_MAX_BYTES by default. */
  maxBytes?: number;
}

const ACCEPTED: Record<string, MediaExtension> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

const SHARP_FORMATS = { jpg: "jpeg", png: "png", webp: "webp" } as const;
type ImageExtension = keyof typeof SHARP_FORMATS;

// The original keeps its format; quality stays high because it is the copy of record.
const ENCODERS: Record<ImageExtension, (image: Sharp) => Sharp> = {
  jpg: (image) => image.jpeg({ quality: 90, mozjpeg: true }),
  png: (image) => image.png({ compressionLevel: 9 }),
  webp: (image) => image.webp({ quality: 90 }),
};
const VARIANT_QUALITY = 80;

function refused(error: UploadError): UploadRefusal {
  return { error };
}

// Validates and processes an upload in memory (nothing is written); returns the files to store and the row data.
export async function processUpload(
  bytes: Uint8Array,
  fileName: string,
  options: ProcessOptions = {},
): Promise<ProcessedUpload | UploadRefusal> {
  if (bytes.byteLength > (options.maxBytes ?? env().MEDIA_MAX_BYTES)) return refused("tooLarge");
  // Only positively identified types pass: SVG, HTML and scripts have no signature and are refused here.
  const detected = await fileTypeFromBuffer(bytes);
  const extension = detected && ACCEPTED[detected.mime];
  if (!extension) return refused("unsupportedType");
  const stem = options.stem ?? newMediaStem(fileName);
  const name = displayFileName(fileName, extension);
  return extension === "pdf" ? processPdf(bytes, stem, name) : processImage(bytes, extension, stem, name);
}

function processPdf(bytes: Uint8Array, stem: string, fileName: string): ProcessedUpload | UploadRefusal {
  // A complete PDF ends with %%EOF (readers allow trailing bytes up to 1 KiB); a cut-off upload does not.
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.byteLength - 1024))).toString("latin1");
  if (!tail.includes("%%EOF")) return refused("corrupt");
  const path = `${stem}.pdf`;
  return {
    kind: "DOCUMENT",
    fileName,
    mimeType: MEDIA_TYPES.pdf,
    size: bytes.byteLength,
    width: null,
    height: null,
    path,
    variants: [],
    files: [{ path, bytes }],
  };
}

async function processImage(
  bytes: Uint8Array,
  extension: ImageExtension,
  stem: string,
  fileName: string,
): Promise<ProcessedUpload | UploadRefusal> {
  try {
    const header = await sharp(bytes).metadata();
    if (header.format !== SHARP_FORMATS[extension]) return refused("corrupt");
    if (header.width * header.height > MAX_PIXELS) return refused("tooLarge");

    // Metadata (EXIF, GPS, ICC) is dropped by default once the orientation has been applied.
    // failOn "error" refuses truncated and broken files but not the harmless warnings some cameras' JPEGs raise.
    const source = sharp(bytes, { autoOrient: true, limitInputPixels: MAX_PIXELS, failOn: "error" });
    const original = await ENCODERS[extension](source.clone()).toBuffer({ resolveWithObject: true });
    const { width, height } = original.info;
    const path = `${stem}.${extension}`;
    const files: ProcessedUpload["files"] = [{ path, bytes: original.data }];
    const variants: MediaVariant[] = [];
    // One after another: each decode of a large photo takes memory, and uploads are rare.
    for (const target of VARIANT_WIDTHS.filter((w) => w < width)) {
      const resized = await source
        .clone()
        .resize({ width: target })
        .webp({ quality: VARIANT_QUALITY })
        .toBuffer({ resolveWithObject: true });
      const variantPath = variantKey(stem, target);
      variants.push({
        width: resized.info.width,
        height: resized.info.height,
        path: variantPath,
        mimeType: "image/webp",
      });
      files.push({ path: variantPath, bytes: resized.data });
    }
    return {
      kind: "IMAGE",
      fileName,
      mimeType: MEDIA_TYPES[extension],
      size: original.data.byteLength,
      width,
      height,
      path,
      variants,
      files,
    };
  } catch {
    // sharp throws on undecodable input (truncated, malformed); the bytes are not an image we can use.
    return refused("corrupt");
  }
}

// Writes a processed upload's files; if one write fails, the ones already written are removed.
export async function storeUpload({ files, ...row }: ProcessedUpload): Promise<MediaUpload> {
  const written: string[] = [];
  try {
    for (const file of files) {
      await writeMediaFile(file.path, file.bytes);
      written.push(file.path);
    }
  } catch (error) {
    await deleteMediaFiles(written);
    throw error;
  }
  return row;
}

// Processes and stores an upload; returns the Media row's data for the caller to insert, or why it was refused.
export async function saveUpload(
  bytes: Uint8Array,
  fileName: string,
  options: ProcessOptions = {},
): Promise<MediaUpload | UploadRefusal> {
  const processed = await processUpload(bytes, fileName, options);
  return "error" in processed ? processed : storeUpload(processed);
}

// Removes a Media row's stored files (original and variants): after deleting the row, or when inserting it failed.
export async function deleteUpload(media: { path: string; variants: unknown }): Promise<void> {
  await deleteMediaFiles([media.path, ...parseVariants(media.variants).map((variant) => variant.path)]);
}
