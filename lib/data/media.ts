import "server-only";
import type { AppLocale } from "@/lib/i18n/locales";
import { pickTranslation, withSource } from "@/lib/i18n/locales";
import { parseVariants } from "@/lib/media/variants";

export interface ImageDto {
  src: string;
  /** Resized copies and the original ("url 640w, …"), or null when there is nothing to choose from. */
  srcSet: string | null;
  width: number | null;
  height: number | null;
  alt: string;
}

// Wider originals are left out of srcset and src: no layout needs them, and they can weigh megabytes.
const MAX_SRC_WIDTH = 1920;

export const mediaSelect = (locale: AppLocale) =>
  ({
    path: true,
    width: true,
    height: true,
    variants: true,
    translations: { where: { locale: { in: withSource(locale) } }, select: { locale: true, alt: true } },
  }) as const;

interface MediaRow {
  path: string;
  width: number | null;
  height: number | null;
  variants: unknown;
  translations: { locale: string; alt: string }[];
}

// Public URL of a stored file (served by app/media/[...path]/route.ts from MEDIA_DIR).
export function mediaUrl(path: string): string {
  return `/media/${path}`;
}

// The image as pages render it: the URL to show, srcset candidates, its size and alt text in the locale.
export function toImage(media: MediaRow | null, locale: AppLocale): ImageDto | null {
  if (!media) return null;
  const alt = pickTranslation(media.translations, locale)?.translation.alt ?? "";
  const candidates = parseVariants(media.variants).map(({ path, width, height }) => ({ path, width, height }));
  const { width, height } = media;
  if (width !== null && height !== null && width <= MAX_SRC_WIDTH) candidates.push({ path: media.path, width, height });
  // Without variants (a small image, or one stored before them) the original is the only choice.
  const largest = candidates.at(-1) ?? { path: media.path, width, height };
  return {
    src: mediaUrl(largest.path),
    srcSet: candidates.length > 1 ? candidates.map((c) => `${mediaUrl(c.path)} ${c.width}w`).join(", ") : null,
    width: largest.width,
    height: largest.height,
    alt,
  };
}
