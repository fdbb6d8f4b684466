import { inputClass } from "@/components/forms/field";
import { type AppLocale, locales } from "@/lib/i18n/locales";

export interface MediaAltLabels {
  legend: string;
  hint: string;
  /** The label of each language's field (the Polish one says when it is required). */
  languages: Record<AppLocale, string>;
}

// One description field per language (names alts.<locale>); ids are prefixed because a page holds many such forms.
export function MediaAltFields({
  idPrefix,
  labels,
  values,
  errors,
  maxLength,
}: {
  idPrefix: string;
  labels: MediaAltLabels;
  values: Record<string, string | undefined>;
  errors: Record<string, string>;
  maxLength: number;
}) {
  const hintId = `${idPrefix}-alt-hint`;
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-slate-900">{labels.legend}</legend>
      <p id={hintId} className="text-xs text-slate-600">
        {labels.hint}
      </p>
      {locales.map((locale) => {
        const name = `alts.${locale}`;
        const id = `${idPrefix}-alt-${locale}`;
        const error = errors[name];
        return (
          <div key={locale} className="space-y-1">
            <label htmlFor={id} className="block text-sm font-medium text-slate-800">
              {labels.languages[locale]}
            </label>
            <input
              id={id}
              name={name}
              lang={locale}
              defaultValue={values[name] ?? ""}
              maxLength={maxLength}
              className={inputClass}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error ${hintId}` : hintId}
            />
            {error && (
              <p id={`${id}-error`} className="text-sm font-medium text-red-700">
                {error}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
