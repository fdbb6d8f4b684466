import NextLink from "next/link";
import { type IssueRow } from "@/lib/data/admin/newsletter/queries";
import { getFormatter, getTranslations } from "next-intl/server";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/locales";

export const issueStatusTone: Record<IssueStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  SENDING: "bg-amber-100 text-amber-900",
  SENT: "bg-green-100 text-green-900",
};

// Newsletter issues as a table: Polish subject (links to the issue), status, dates and progress.
export async function NewsletterIssueTable({ issues, locale }: { issues: IssueRow[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "AdminNewsletter" });
  const format = await getFormatter({ locale });
  const date = (iso: string | null) =>
    iso ? (
      <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" })}</time>
    ) : (
      "—"
    );
  const columns = ["subject", "status", "updated", "started", "completed", "progress", "failed"] as const;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2">
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {issues.map((issue) => (
            <tr key={issue.id}>
              <td className="px-3 py-2">
                <NextLink
                  href={`/${locale}/admin/newsletter/${issue.id}`}
                  className="font-medium text-brand-700 underline-offset-2 hover:underline"
                  lang={issue.subject ? "pl" : undefined}
                >
                  {issue.subject || t("untitled")}
                </NextLink>
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${issueStatusTone[issue.status]}`}>
                  {t(`status.${issue.status}`)}
                </span>
              </td>
              <td className="whitespace-nowrap px-3 py-2">{date(issue.updatedAt)}</td>
              <td className="whitespace-nowrap px-3 py-2">{date(issue.sendStartedAt)}</td>
              <td className="whitespace-nowrap px-3 py-2">{date(issue.completedAt)}</td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">
                {issue.status === "DRAFT"
                  ? "—"
                  : t("sentOfTotal", { sent: issue.progress.SENT, total: issue.progress.total })}
              </td>
              <td
                className={`whitespace-nowrap px-3 py-2 tabular-nums ${issue.progress.FAILED ? "font-semibold text-red-700" : ""}`}
              >
                {issue.status === "DRAFT" ? "—" : format.number(issue.progress.FAILED)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
