import "server-only";
import type { AppLocale } from "@/lib/i18n/locales";
import { pickTranslation, withSource } from "@/lib/i18n/locales";

export interface ImageDto {
  src: string;
  width: number | null;
  height: number | null;
  alt: string;
}

export const mediaSelect = (locale: AppLocale) =>
  ({
    path: true,
    width: true,
    height: true,
    translations: { where: { locale: { in: withSource(locale) } }, select: { locale: true, alt: true } },
  }) as const;

interface MediaRow {
  path: string;
  width: number | null;
  height: number | null;
  translations: { locale: string; alt: string }[];
}

// Public URL of a stored file (files live under public/media for now).
export function mediaUrl(path: string): string {
  return `/media/${path}`;
}

export function toImage(media: MediaRow | null, locale: AppLocale): ImageDto | null {
  if (!media) return null;
  const alt = pickTranslation(media.translations, locale)?.translation.alt ?? "";
  return { src: mediaUrl(media.path), width: media.width, height: media.height, alt };
}
