import { getTranslations } from "next-intl/server";

export async function SkipLink() {
  const t = await getTranslations("Layout");
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded bg-brand-800 px-4 py-2 text-white focus:not-sr-only focus:fixed focus:left-4 focus:top-4"
    >
      {t("skipToContent")}
    </a>
  );
}
