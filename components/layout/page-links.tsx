import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import type { AppLocale } from "@/lib/i18n/locales";

// The previous/next links of a paged list, in the page's language; nothing when there is one page.
export async function PageLinks({
  locale,
  page,
  pages,
  href,
}: {
  locale: AppLocale;
  page: number;
  pages: number;
  /** The list's path (without the locale) for a page number. */
  href: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: "Pagination" });
  return (
    <Pagination
      label={t("label")}
      previousLabel={t("previous")}
      nextLabel={t("next")}
      statusLabel={t("pageOf", { page, total: pages })}
      previousHref={page > 1 ? href(page - 1) : null}
      nextHref={page < pages ? href(page + 1) : null}
    />
  );
}
