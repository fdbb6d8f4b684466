import { getTranslations } from "next-intl/server";
import type { Region } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/locales";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { ClusterQuery } from "@/lib/validation/params";

// A plain GET form: filtering works without JavaScript and every result has a URL. `path` is
// the list's path without the locale.
export async function ClusterFilters({
  locale,
  path,
  query,
  regions,
  sectors,
}: {
  locale: AppLocale;
  path: string;
  query: ClusterQuery;
  regions: Region[];
  sectors: string[];
}) {
  const t = await getTranslations("Clusters");
  const regionNames = await getTranslations("Regions");
  const sectorNames = await getTranslations("Sectors");
  const field = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900";
  return (
    <form
      action={getPathname({ locale, href: path })}
      method="get"
      role="search"
      aria-label={t("filters")}
      className="grid gap-4 rounded-lg bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto]"
    >
      <label className="text-sm font-medium text-slate-800">
        {t("search")}
        <input
          type="search"
          name="q"
          defaultValue={query.q ?? ""}
          placeholder={t("searchPlaceholder")}
          maxLength={100}
          className={field}
        />
      </label>
      <label className="text-sm font-medium text-slate-800">
        {t("region")}
        <select name="region" defaultValue={query.region ?? ""} className={field}>
          <option value="">{t("anyRegion")}</option>
          {regions.map((region) => (
            <option key={region} value={region}>
              {regionNames(region)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-800">
        {t("sector")}
        <select name="sector" defaultValue={query.sector ?? ""} className={field}>
          <option value="">{t("anySector")}</option>
          {sectors.map((sector) => (
            <option key={sector} value={sector}>
              {sectorNames(sector as Parameters<typeof sectorNames>[0])}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        {query.q || query.region || query.sector ? (
          <Link href={path} className="py-2 text-sm text-brand-700 underline">
            {t("reset")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
