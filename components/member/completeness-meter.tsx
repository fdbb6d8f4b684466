import { getFormatter, getTranslations } from "next-intl/server";
import type { Completeness } from "@/lib/completeness";
import { type AppLocale, localeNames, locales } from "@/lib/i18n/locales";

// How complete the profile is, as a bar and a list of what each language and the profile lack.
export async function CompletenessMeter({ locale, completeness }: { locale: AppLocale; completeness: Completeness }) {
  const t = await getTranslations({ locale, namespace: "MyCluster.completeness" });
  const format = await getFormatter({ locale });
  const { percent, missingFields, missingTexts } = completeness;
  const missingLocales = locales.filter((l) => missingTexts[l]);
  return (
    <section aria-labelledby="completeness" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="completeness" className="font-semibold text-slate-900">
          {t("title")}
        </h2>
        <p className="text-sm font-medium text-slate-800" id="completeness-value">
          {t("percent", { percent })}
        </p>
      </div>
      <div
        role="meter"
        aria-labelledby="completeness"
        aria-describedby="completeness-value"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="mt-2 h-2.5 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full rounded-full ${percent === 100 ? "bg-green-700" : "bg-brand-700"}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      {percent === 100 ? (
        <p className="mt-2 text-sm text-slate-700">{t("complete")}</p>
      ) : (
        <ul className="mt-3 space-y-1 text-sm text-slate-700">
          {missingFields.length > 0 && (
            <li>{t("missingFields", { fields: format.list(missingFields.map((f) => t(`fields.${f}`))) })}</li>
          )}
          {missingLocales.map((l) => (
            <li key={l}>
              {t("missingIn", {
                language: localeNames[l],
                fields: format.list((missingTexts[l] ?? []).map((f) => t(`texts.${f}`))),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
