import { getFormatter, getTranslations } from "next-intl/server";
import type { RevisionEntry } from "@/lib/data/admin/revisions";
import { type AppLocale, localeNames } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/validation/form";
import { DiffView } from "./diff-view";
import { RestoreButton } from "./restore-button";

// A list of saved versions, newest first, each with a word diff against the one before and a
// restore button; for posts, clusters and agreements alike.
export async function RevisionHistory({
  locale,
  entityId,
  currentVersion,
  history,
  restoreAction,
}: {
  locale: AppLocale;
  entityId: string;
  currentVersion: number;
  history: RevisionEntry[];
  restoreAction: (state: FormState, data: FormData) => Promise<FormState>;
}) {
  const t = await getTranslations({ locale, namespace: "AdminHistory" });
  const format = await getFormatter({ locale });
  const label = (field: string) =>
    t.has(`field.${field}` as "field.title") ? t(`field.${field}` as "field.title") : field;
  return (
    <ol className="space-y-4">
      {history.map((entry) => (
        <li key={entry.version} className="rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="font-semibold text-slate-900">
              {t("version", { version: entry.version })}
              {entry.version === currentVersion && (
                <span className="ml-2 text-sm font-normal text-green-800">({t("current")})</span>
              )}
            </h2>
            <p className="text-sm text-slate-600">
              {t("by", {
                name: entry.author ?? t("unknownAuthor"),
                date: format.dateTime(new Date(entry.createdAt), { dateStyle: "medium", timeStyle: "short" }),
              })}
            </p>
          </div>
          {entry.changes === null ? (
            <p className="mt-2 text-sm text-slate-700">{t("first")}</p>
          ) : entry.changes.length === 0 ? (
            <p className="mt-2 text-sm text-slate-700">{t("noChanges")}</p>
          ) : (
            <details className="mt-2" open={entry.version === currentVersion}>
              <summary className="cursor-pointer text-sm font-medium text-slate-800">
                {t("compare", { version: entry.version - 1 })}
              </summary>
              <dl className="mt-2 space-y-3 text-sm">
                {entry.changes.map((change) => (
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
            </details>
          )}
          {entry.version !== currentVersion && (
            <RestoreButton
              action={restoreAction}
              fields={{ id: entityId, revision: String(entry.version), version: String(currentVersion), locale }}
              label={t("restore")}
              pendingLabel={t("restoring")}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
