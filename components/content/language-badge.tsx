import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";

// Marks an item listed in another language than the page's (its translation is missing).
export async function LanguageBadge({ contentLocale }: { contentLocale: AppLocale }) {
  const t = await getTranslations("Content");
  const languages = await getTranslations("Languages");
  return (
    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
      {t("untranslatedBadge", { language: languages(contentLocale) })}
    </span>
  );
}
