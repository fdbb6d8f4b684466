import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";

// Shown when a page displays the Polish original because its translation is missing.
export async function FallbackNotice({ contentLocale }: { contentLocale: AppLocale }) {
  const t = await getTranslations("Content");
  const languages = await getTranslations("Languages");
  return (
    <p role="note" className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      {t("fallbackNotice", { language: languages(contentLocale) })}
    </p>
  );
}
