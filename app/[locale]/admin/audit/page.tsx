import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { PageLinks } from "@/components/layout/page-links";
import { getViewer } from "@/lib/auth/viewer";
import { AUDIT_PAGE_SIZE, listAuditLog } from "@/lib/data/admin/audit/queries";
import { routeParams } from "@/lib/i18n/params";
import { AdminTable } from "@/components/admin/shared/admin-table";

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/audit">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminAudit" });
  return { title: t("title") };
}

export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/admin/audit">) {
  const { locale } = await routeParams(params);
  const viewer = await getViewer();
  // Editors do not learn that the page exists; the data functions check again.
  if (viewer?.role !== "ADMIN") notFound();
  const page = pageSchema.parse((await searchParams).page ?? 1);
  const { rows, total } = await listAuditLog(viewer, page);
  const t = await getTranslations({ locale, namespace: "AdminAudit" });
  const format = await getFormatter({ locale });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const href = (n: number) => `/admin/audit${n > 1 ? `?page=${n}` : ""}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </div>
      <AdminTable columns={[t("when"), t("who"), t("what"), t("details")]}>
        {rows.map((row) => (
          <tr key={row.id}>
            <td className="whitespace-nowrap px-3 py-2">
              <time dateTime={row.at}>
                {format.dateTime(new Date(row.at), { dateStyle: "short", timeStyle: "medium" })}
              </time>
            </td>
            <td className="px-3 py-2">{row.who ?? t("system")}</td>
            <td className="px-3 py-2">
              <code className="text-xs">{row.action}</code>
              {row.entityId && (
                <span className="block text-xs text-slate-500">{`${row.entityType} ${row.entityId}`}</span>
              )}
            </td>
            <td className="px-3 py-2 text-xs text-slate-700">
              {row.summary}
              {row.ip && <span className="block text-slate-500">IP {row.ip}</span>}
            </td>
          </tr>
        ))}
      </AdminTable>
      <PageLinks locale={locale} page={page} pages={pages} href={href} />
    </div>
  );
}
