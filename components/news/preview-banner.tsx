import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";

// Shown over an article in draft mode: this is a preview, with a way out.
export async function PreviewBanner({ locale, path }: { locale: AppLocale; path: string }) {
  const t = await getTranslations({ locale, namespace: "Article" });
  return (
    <p role="status" className="mb-6 rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      {t("preview")}{" "}
      <a
        href={`/api/draft/exit?locale=${locale}&next=${encodeURIComponent(path)}`}
        className="font-medium underline underline-offset-2"
      >
        {t("exitPreview")}
      </a>
    </p>
  );
}
