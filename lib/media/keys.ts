import { randomBytes } from "node:crypto";
import { slugFromTitle } from "../slug";

// A stored file is addressed by a relative key of lowercase segments, e.g.
// "2026/11/3f9c2a7b1d4e5f60-annual-report.jpg". Keys arrive from URLs and the database,
// so anything else is refused before it reaches the file system.

export const MEDIA_TYPES = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  pdf: "application/pdf",
} as const;

export type MediaExtension = keyof typeof MEDIA_TYPES;
export type MediaMimeType = (typeof MEDIA_TYPES)[MediaExtension];

// A leading letter or digit rules out ".", ".." and hidden files.
const SEGMENT = /^[a-z0-9][a-z0-9._-]*$/;
const MAX_KEY_LENGTH = 200;
const MAX_NAME_LENGTH = 60;

// The MIME type a key's extension stands for, or null when the library does not serve it.
export function mediaTypeOfKey(key: string): MediaMimeType | null {
  const extension = key.slice(key.lastIndexOf(".") + 1);
  return Object.hasOwn(MEDIA_TYPES, extension) ? MEDIA_TYPES[extension as MediaExtension] : null;
}

// True when a key is relative, cannot leave the media directory and names a served type.
export function isSafeMediaKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split("/").every((segment) => SEGMENT.test(segment)) && mediaTypeOfKey(key) !== null;
}

// The name part of a file name as a URL-safe slug ("Zdjęcie Łódź.JPG" → "zdjecie-lodz").
export function safeFileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const slug = slugFromTitle(base.replace(/\.[^.]*$/, ""))
    .slice(0, MAX_NAME_LENGTH)
    .replace(/-+$/, "");
  return slug || "file";
}

// A fresh key without its extension: upload month, then a random prefix so keys are unguessable and never collide.
export function newMediaStem(fileName: string, now: Date = new Date()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${now.getUTCFullYear()}/${month}/${randomBytes(8).toString("hex")}-${safeFileStem(fileName)}`;
}

// The key of a resized WebP copy, stored next to its original.
export function variantKey(stem: string, width: number): string {
  return `${stem}-${width}w.webp`;
}

// The file name shown to people: the uploaded name without folders or control characters, with the detected extension.
export function displayFileName(fileName: string, extension: MediaExtension): string {
  const base = (fileName.split(/[\\/]/).pop() ?? "").replace(/[\p{Cc}\p{Cf}]/gu, "").trim();
  const stem = base
    .replace(/\.[^.]*$/, "")
    .slice(0, 120)
    .trim();
  return `${stem || "file"}.${extension}`;
}
