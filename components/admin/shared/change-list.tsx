import { getTranslations } from "next-intl/server";
import type { FieldChange } from "@/lib/data/admin/shared/revisions";
import { type AppLocale, localeNames } from "@/lib/i18n/locales";
import { DiffView } from "./diff-view";

// Field-by-field word diffs, each named with its language: a revision's changes or a member's proposal.
export async function ChangeList({ locale, changes }: { locale: AppLocale; changes: FieldChange[] }) {
  const t = await getTranslations({ locale, namespace: "AdminHistory" });
  const label = (field: string) =>
    t.has(`field.${field}` as "field.title") ? t(`field.${field}` as "field.title") : field;
  return (
    <dl className="mt-2 space-y-3 text-sm">
      {changes.map((change) => (
        <div key={change.path}>
          <dt className="font-medium text-slate-800">
            {label(change.field)}
            {change.locale && <span className="ml-1 text-slate-500">({localeNames[change.locale]})</span>}
          </dt>
          <dd className="mt-1 whitespace-pre-wrap rounded bg-slate-50 p-2" lang={change.locale ?? undefined}>
            <DiffView
              before={change.before}
              after={change.after}
              labels={{ removed: t("removed"), added: t("added") }}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}
