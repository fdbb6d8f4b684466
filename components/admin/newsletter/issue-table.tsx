import { Link } from "@/lib/i18n/navigation";
import { type IssueRow } from "@/lib/data/admin/newsletter/queries";
import { getFormatter, getTranslations } from "next-intl/server";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/locales";
import { AdminTable } from "@/components/admin/shared/admin-table";

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
    <AdminTable columns={columns.map((column) => t(`columns.${column}`))}>
      {issues.map((issue) => (
        <tr key={issue.id}>
          <td className="px-3 py-2">
            <Link
              href={`/admin/newsletter/${issue.id}`}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
              lang={issue.subject ? "pl" : undefined}
            >
              {issue.subject || t("untitled")}
            </Link>
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
    </AdminTable>
  );
}
