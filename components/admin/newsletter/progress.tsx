import { getFormatter, getTranslations } from "next-intl/server";
import { type IssueEditorData } from "@/lib/data/admin/newsletter/queries";
import type { AppLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/validation/form";
import { ActionButton } from "@/components/forms/action-button";

// How far an issue's sending has got: counts, a bar, the times, and the failed messages with a retry.
export async function NewsletterProgress({
  locale,
  issue,
  retryAction,
}: {
  locale: AppLocale;
  issue: IssueEditorData;
  retryAction: (state: FormState, data: FormData) => Promise<FormState>;
}) {
  const t = await getTranslations({ locale, namespace: "AdminNewsletter" });
  const format = await getFormatter({ locale });
  const { progress } = issue;
  const pending = progress.PENDING + progress.SENDING;
  const done = progress.total - pending;
  const percent = progress.total ? Math.round((done / progress.total) * 100) : issue.status === "SENT" ? 100 : 0;
  const share = (n: number) => `${progress.total ? (n / progress.total) * 100 : 0}%`;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "medium" });
  const counts = [
    { key: "sent", value: progress.SENT, tone: "text-green-800" },
    { key: "pending", value: pending, tone: "text-slate-900" },
    { key: "failed", value: progress.FAILED, tone: progress.FAILED ? "text-red-700" : "text-slate-900" },
    { key: "skipped", value: progress.SKIPPED, tone: "text-slate-900" },
    { key: "total", value: progress.total, tone: "text-slate-900" },
  ] as const;

  return (
    <section aria-labelledby="nl-progress" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="nl-progress" className="text-lg font-semibold text-slate-900">
        {t("progress.heading")}
      </h2>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
        {counts.map((c) => (
          <div key={c.key} className="rounded-md bg-slate-50 px-3 py-2">
            <dt className="text-sm text-slate-600">{t(`progress.${c.key}`)}</dt>
            <dd className={`text-2xl font-semibold tabular-nums ${c.tone}`} data-testid={`progress-${c.key}`}>
              {format.number(c.value)}
            </dd>
            {c.key === "skipped" && <dd className="text-xs text-slate-600">{t("progress.skippedHint")}</dd>}
          </div>
        ))}
      </dl>
      <div
        role="progressbar"
        aria-label={t("progress.bar")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t("progress.barValue", { done, total: progress.total })}
        className="flex h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="bg-green-600" style={{ width: share(progress.SENT) }} />
        <div className="bg-slate-400" style={{ width: share(progress.SKIPPED) }} />
        <div className="bg-red-600" style={{ width: share(progress.FAILED) }} />
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr]">
        {issue.sendStartedAt && (
          <>
            <dt className="font-medium">{t("progress.started")}</dt>
            <dd>
              <time dateTime={issue.sendStartedAt}>{when(issue.sendStartedAt)}</time>
            </dd>
          </>
        )}
        {issue.completedAt && (
          <>
            <dt className="font-medium">{t("progress.completed")}</dt>
            <dd>
              <time dateTime={issue.completedAt}>{when(issue.completedAt)}</time>
            </dd>
          </>
        )}
      </dl>
      {issue.nextRetryAt && (
        <p className="text-sm text-slate-700">{t("progress.nextRetry", { date: when(issue.nextRetryAt) })}</p>
      )}
      {issue.status === "SENDING" && <p className="text-xs text-slate-600">{t("progress.live")}</p>}

      {progress.FAILED > 0 && (
        <div className="space-y-3">
          <h3 className="text-base font-semibold text-slate-900">{t("progress.failedHeading")}</h3>
          <ActionButton
            action={retryAction}
            fields={{ locale, id: issue.id }}
            label={t("progress.retry")}
            pendingLabel={t("progress.retrying")}
          />
          {issue.failed.length < progress.FAILED && (
            <p className="text-sm text-slate-700">
              {t("progress.failedShown", { shown: issue.failed.length, count: progress.FAILED })}
            </p>
          )}
          <div className="relative overflow-x-auto rounded-lg border border-slate-200">
            <table className="min-w-full text-left text-sm">
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t("progress.address")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("progress.attempts")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("progress.reason")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {issue.failed.map((row) => (
                  <tr key={row.email}>
                    <td className="whitespace-nowrap px-3 py-2">{row.email}</td>
                    <td className="px-3 py-2 tabular-nums">{format.number(row.attempts)}</td>
                    <td className="px-3 py-2 text-xs text-slate-700">
                      <code className="break-words">{row.reason ?? "—"}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
