import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DiffView } from "@/components/admin/diff-view";
import { RestoreButton } from "@/components/admin/restore-button";
import { FormMessage } from "@/components/forms/field";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { getPostHistory } from "@/lib/data/admin/post-history";
import { getPostForEditor } from "@/lib/data/admin/post-queries";
import { routeParams } from "@/lib/i18n/params";
import { localeNames } from "@/lib/i18n/locales";
import { restorePostAction } from "../../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/posts/[id]/history">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminHistory" });
  return { title: t("title") };
}

export default async function PostHistoryPage({
  params,
  searchParams,
}: PageProps<"/[locale]/admin/posts/[id]/history">) {
  const { locale, id } = await routeParams(params);
  const viewer = assertRole(await getViewer(), EDITOR_ROLES);
  const post = await getPostForEditor(viewer, id);
  if (!post) notFound();
  const history = await getPostHistory(viewer, id);
  const { restored } = await searchParams;
  const t = await getTranslations({ locale, namespace: "AdminHistory" });
  const format = await getFormatter({ locale });
  const fieldLabel = (field: string) =>
    t.has(`field.${field}` as "field.title") ? t(`field.${field}` as "field.title") : field;

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <NextLink
            href={`/${locale}/admin/posts/${id}`}
            className="text-brand-700 underline underline-offset-2"
            lang="pl"
          >
            ← {post.translations.pl.title}
          </NextLink>
        </p>
        <h1 className="mt-2 text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </div>
      {typeof restored === "string" && (
        <FormMessage status="ok" message={t("restored", { from: restored, version: post.version })} />
      )}
      <ol className="space-y-4">
        {history.map((entry) => (
          <li key={entry.version} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="font-semibold text-slate-900">
                {t("version", { version: entry.version })}
                {entry.version === post.version && (
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
              <details className="mt-2" open={entry.version === post.version}>
                <summary className="cursor-pointer text-sm font-medium text-slate-800">
                  {t("compare", { version: entry.version - 1 })}
                </summary>
                <dl className="mt-2 space-y-3 text-sm">
                  {entry.changes.map((change) => (
                    <div key={`${change.locale}-${change.field}`}>
                      <dt className="font-medium text-slate-800">
                        {fieldLabel(change.field)}
                        {change.locale && <span className="ml-1 text-slate-500">({localeNames[change.locale]})</span>}
                      </dt>
                      <dd
                        className="mt-1 whitespace-pre-wrap rounded bg-slate-50 p-2"
                        lang={change.locale ?? undefined}
                      >
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
            {entry.version !== post.version && (
              <RestoreButton
                action={restorePostAction}
                fields={{ id, revision: String(entry.version), version: String(post.version), locale }}
                label={t("restore")}
                pendingLabel={t("restoring")}
              />
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
