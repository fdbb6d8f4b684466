import type { Metadata } from "next";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { FormMessage, inputClass } from "@/components/forms/field";
import { PageLinks } from "@/components/layout/page-links";
import { getViewer } from "@/lib/auth/viewer";
import { listSubscribers, SUBSCRIBERS_PAGE_SIZE } from "@/lib/data/admin/newsletter/subscribers";
import { SubscriberStatus } from "@/lib/generated/prisma/enums";
import { localeNames } from "@/lib/i18n/locales";
import { routeParams } from "@/lib/i18n/params";
import { eraseSubscriberAction } from "./actions";
import { subscriberQuerySchema } from "@/lib/validation/newsletter";
import { subscribersHref } from "./query";
import { AdminTable } from "@/components/admin/shared/admin-table";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/admin/newsletter/subscribers">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminNewsletter" });
  return { title: t("subscriberList.title") };
}

export default async function SubscribersPage({
  params,
  searchParams,
}: PageProps<"/[locale]/admin/newsletter/subscribers">) {
  const { locale } = await routeParams(params);
  const viewer = await getViewer();
  // Editors do not learn that the page exists; the data functions check again.
  if (viewer?.role !== "ADMIN") notFound();
  const search = await searchParams;
  const query = subscriberQuerySchema.parse(search);
  const { rows, total } = await listSubscribers(viewer, query);
  const t = await getTranslations({ locale, namespace: "AdminNewsletter.subscriberList" });
  const format = await getFormatter({ locale });
  const pages = Math.max(1, Math.ceil(total / SUBSCRIBERS_PAGE_SIZE));
  const short = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short" });
  const date = (iso: string | null) => (iso ? <time dateTime={iso}>{short(iso)}</time> : "—");
  const fields = {
    locale,
    ...(query.q && { q: query.q }),
    ...(query.status && { status: query.status }),
    page: String(query.page),
  };
  const columns = ["email", "language", "status", "consent", "confirmedAt", "unsubscribedAt"] as const;

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/admin/newsletter" className="text-brand-700 underline underline-offset-2">
            {t("back")}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </div>
      {search.erased === "1" && <FormMessage status="ok" message={t("erased")} />}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <form method="get" className="flex flex-wrap items-end gap-3" role="search">
          <label className="text-sm font-medium text-slate-800">
            {t("search")}
            <input name="q" type="search" defaultValue={query.q} className={`${inputClass} mt-1 w-64 max-w-full`} />
          </label>
          <label className="text-sm font-medium text-slate-800">
            {t("status")}
            <select name="status" defaultValue={query.status ?? ""} className={`${inputClass} mt-1`}>
              <option value="">{t("all")}</option>
              {Object.values(SubscriberStatus).map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
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
        {/* A plain link: the browser downloads the file the route answers with. */}
        <a
          href={getPathname({ locale, href: "/admin/newsletter/subscribers/export" })}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
        >
          {t("export")}
        </a>
      </div>
      <p className="text-sm text-slate-700">{t("found", { count: total })}</p>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <AdminTable columns={[...columns.map((column) => t(column)), { hidden: t("actions") }]}>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="whitespace-nowrap px-3 py-2 text-slate-900">{row.email}</td>
              <td className="whitespace-nowrap px-3 py-2" lang={row.locale}>
                {localeNames[row.locale]}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{t(`statuses.${row.status}`)}</td>
              <td className="whitespace-nowrap px-3 py-2">
                {row.consentAt
                  ? t("consentValue", { date: short(row.consentAt), version: row.consentVersion ?? "—" })
                  : "—"}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{date(row.confirmedAt)}</td>
              <td className="whitespace-nowrap px-3 py-2">{date(row.unsubscribedAt)}</td>
              <td className="px-3 py-2">
                <ActionButton
                  action={eraseSubscriberAction}
                  fields={{ ...fields, id: row.id }}
                  label={t("erase")}
                  pendingLabel={t("erasing")}
                  confirm={{
                    question: t("eraseQuestion", { email: row.email }),
                    confirm: t("eraseConfirm"),
                    cancel: t("cancel"),
                  }}
                />
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
      <PageLinks locale={locale} page={query.page} pages={pages} href={(n) => subscribersHref(query, n)} />
    </div>
  );
}
