import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { inputClass } from "@/components/forms/field";
import { PostTable } from "@/components/admin/posts/post-table";
import { PageLinks } from "@/components/layout/page-links";
import { getViewer } from "@/lib/auth/viewer";
import { ADMIN_PAGE_SIZE, listAdminPosts } from "@/lib/data/admin/posts/queries";
import { routeParams } from "@/lib/i18n/params";
import { PageHeader } from "@/components/admin/shared/page-header";

const querySchema = z.object({
  status: z.enum(["DRAFT", "SCHEDULED", "PUBLISHED", "ARCHIVED"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/posts">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminPosts" });
  return { title: t("title") };
}

export default async function AdminPostsPage({ params, searchParams }: PageProps<"/[locale]/admin/posts">) {
  const { locale } = await routeParams(params);
  const query = querySchema.parse(await searchParams);
  const { rows, total } = await listAdminPosts(await getViewer(), query);
  const t = await getTranslations({ locale, namespace: "AdminPosts" });
  const tAdmin = await getTranslations({ locale, namespace: "Admin" });
  const format = await getFormatter({ locale });
  const page = query.page ?? 1;
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const pageHref = (n: number) => {
    const search = new URLSearchParams();
    if (query.status) search.set("status", query.status);
    if (query.q) search.set("q", query.q);
    if (n > 1) search.set("page", String(n));
    const qs = search.toString();
    return `/admin/posts${qs ? `?${qs}` : ""}`;
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} primary={{ href: "/admin/posts/new", label: t("new") }} />
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <label className="text-sm font-medium text-slate-800">
          {t("search")}
          <input name="q" type="search" defaultValue={query.q} className={`${inputClass} mt-1 w-64`} />
        </label>
        <label className="text-sm font-medium text-slate-800">
          {t("filterStatus")}
          <select name="status" defaultValue={query.status ?? ""} className={`${inputClass} mt-1`}>
            <option value="">{t("all")}</option>
            {(["DRAFT", "SCHEDULED", "PUBLISHED", "ARCHIVED"] as const).map((s) => (
              <option key={s} value={s}>
                {tAdmin(`postStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-50"
        >
          {t("filter")}
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <PostTable
          rows={rows}
          locale={locale}
          format={(iso) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" })}
        />
      )}
      <PageLinks locale={locale} page={page} pages={pages} href={pageHref} />
    </div>
  );
}
