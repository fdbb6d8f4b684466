import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { listOutboxFor, readOutboxFor } from "@/lib/data/admin/audit/queries";
import { env } from "@/lib/env";
import { routeParams } from "@/lib/i18n/params";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/outbox">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminOutbox" });
  return { title: t("title") };
}

export default async function OutboxPage({ params, searchParams }: PageProps<"/[locale]/admin/outbox">) {
  const { locale } = await routeParams(params);
  const viewer = await getViewer();
  // Editors do not learn that the page exists; the data functions check again.
  if (viewer?.role !== "ADMIN") notFound();
  const { file } = await searchParams;
  const [entries, open] = await Promise.all([
    listOutboxFor(viewer),
    typeof file === "string" ? readOutboxFor(viewer, file) : Promise.resolve(null),
  ]);
  const t = await getTranslations({ locale, namespace: "AdminOutbox" });
  const format = await getFormatter({ locale });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-700">{env().SMTP_URL ? t("smtp") : t("intro", { dir: env().OUTBOX_DIR })}</p>
      </div>
      {open && (
        <section aria-labelledby="message" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="message" className="text-lg font-semibold text-slate-900">
            {open.subject}
          </h2>
          <p className="text-sm text-slate-700">
            {t("to")}: {open.to}
          </p>
          {/* A sandboxed frame without scripts: the message's HTML never runs in the admin. */}
          <iframe
            title={open.subject}
            sandbox=""
            srcDoc={open.html ?? ""}
            className="h-[32rem] w-full rounded border border-slate-200"
          />
          <details>
            <summary className="cursor-pointer text-sm font-medium">{t("text")}</summary>
            <pre className="mt-2 whitespace-pre-wrap text-sm">{open.text}</pre>
          </details>
        </section>
      )}
      {entries.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {entries.map((entry) => (
            <li key={entry.file} className="px-3 py-2 text-sm">
              <Link
                href={`/admin/outbox?file=${encodeURIComponent(entry.file)}`}
                className="font-medium text-brand-700 underline-offset-2 hover:underline"
              >
                {entry.subject}
              </Link>
              <span className="block text-xs text-slate-600">
                {entry.to} ·{" "}
                {entry.date ? format.dateTime(new Date(entry.date), { dateStyle: "medium", timeStyle: "short" }) : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
