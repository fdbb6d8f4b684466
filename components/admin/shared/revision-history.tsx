import { getFormatter, getTranslations } from "next-intl/server";
import type { RevisionEntry } from "@/lib/data/admin/shared/revisions";
import type { AppLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/validation/form";
import { ChangeList } from "./change-list";
import { RestoreButton } from "./restore-button";

// A list of saved versions, newest first, each with a word diff against the one before and a
// restore button; for posts, clusters and agreements alike.
export async function RevisionHistory({
  locale,
  entityId,
  currentVersion,
  history,
  restoreAction,
  restoreFields = {},
}: {
  locale: AppLocale;
  entityId: string;
  currentVersion: number;
  history: RevisionEntry[];
  restoreAction: (state: FormState, data: FormData) => Promise<FormState>;
  /** More hidden fields for the restore form (a member's proposal basis). */
  restoreFields?: Record<string, string>;
}) {
  const t = await getTranslations({ locale, namespace: "AdminHistory" });
  const format = await getFormatter({ locale });
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
              <ChangeList locale={locale} changes={entry.changes} />
            </details>
          )}
          {entry.version !== currentVersion && (
            <RestoreButton
              action={restoreAction}
              fields={{
                id: entityId,
                revision: String(entry.version),
                version: String(currentVersion),
                locale,
                ...restoreFields,
              }}
              label={t("restore")}
              pendingLabel={t("restoring")}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
