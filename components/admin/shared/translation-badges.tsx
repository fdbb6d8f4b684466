import { getTranslations } from "next-intl/server";
import { type TranslationState } from "@/lib/data/admin/shared/translation-states";
import { type AppLocale, locales } from "@/lib/i18n/locales";

const tone: Record<TranslationState, string> = {
  published: "bg-green-100 text-green-900 border-green-300",
  draft: "bg-slate-100 text-slate-800 border-slate-300",
  missing: "bg-white text-slate-500 border-dashed border-slate-300",
  outdated: "bg-amber-100 text-amber-900 border-amber-400",
};

// Five small badges (PL EN DE FR RU) showing each language's state, spelled out for screen readers.
export async function TranslationBadges({
  states,
  locale,
}: {
  states: Record<AppLocale, TranslationState>;
  locale: AppLocale;
}) {
  const t = await getTranslations({ locale, namespace: "Admin.translationState" });
  return (
    <ul className="flex gap-1">
      {locales.map((l) => (
        <li
          key={l}
          title={`${l.toUpperCase()}: ${t(states[l])}`}
          className={`rounded border px-1.5 py-0.5 text-xs font-semibold uppercase ${tone[states[l]]}`}
        >
          {l}
          <span className="sr-only">: {t(states[l])}</span>
        </li>
      ))}
    </ul>
  );
}
