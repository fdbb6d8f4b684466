import type { Metadata } from "next";
import { getIssueForEditor, renderIssuePreview } from "@/lib/data/admin/newsletter/queries";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ActionButton } from "@/components/forms/action-button";
import { NewsletterAutoRefresh } from "@/components/admin/newsletter/auto-refresh";
import { NewsletterComposer } from "@/components/admin/newsletter/composer";
import { issueStatusTone } from "@/components/admin/newsletter/issue-table";
import { NewsletterPreview } from "@/components/admin/newsletter/preview";
import { NewsletterProgress } from "@/components/admin/newsletter/progress";
import { NewsletterSendForm } from "@/components/admin/newsletter/send-form";
import { NewsletterTestForm } from "@/components/admin/newsletter/test-form";
import { FormMessage } from "@/components/forms/field";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { locales } from "@/lib/i18n/locales";
import { routeParams } from "@/lib/i18n/params";
import { deleteIssueAction, retryFailedAction, saveIssueAction, sendTestAction, startSendingAction } from "../actions";

const querySchema = z.object({
  preview: z.enum(locales).catch("pl"),
  saved: z.string().optional().catch(undefined),
  retried: z.coerce.number().int().min(1).optional().catch(undefined),
});

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/newsletter/[id]">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminNewsletter" });
  return { title: t("issue.title") };
}

// A draft issue's composer with preview, test and send; once sending has started, its progress.
export default async function IssuePage({ params, searchParams }: PageProps<"/[locale]/admin/newsletter/[id]">) {
  const { locale, id } = await routeParams(params);
  const viewer = assertRole(await getViewer(), EDITOR_ROLES);
  const query = querySchema.parse(await searchParams);
  const [issue, preview] = await Promise.all([
    getIssueForEditor(viewer, id),
    renderIssuePreview(viewer, id, query.preview),
  ]);
  if (!issue) notFound();
  const t = await getTranslations({ locale, namespace: "AdminNewsletter" });
  const format = await getFormatter({ locale });
  const draft = issue.status === "DRAFT";
  const previewSection = (
    <NewsletterPreview locale={locale} issueId={issue.id} language={query.preview} preview={preview} />
  );

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/admin/newsletter" className="text-brand-700 underline underline-offset-2">
            {t("issue.back")}
          </Link>
        </p>
        <h1
          className="mt-1 text-2xl font-bold break-words text-slate-900"
          lang={issue.texts.pl.subject ? "pl" : undefined}
        >
          {issue.texts.pl.subject || t("issue.title")}
        </h1>
        <p className="mt-1">
          <span
            data-testid="issue-status"
            className={`rounded px-1.5 py-0.5 text-xs font-semibold ${issueStatusTone[issue.status]}`}
          >
            {t(`status.${issue.status}`)}
          </span>
        </p>
      </div>

      {draft ? (
        <>
          {query.saved === String(issue.version) && <FormMessage status="ok" message={t("issue.saved")} />}
          <NewsletterComposer
            // A new key after each save fills the form with what is stored now.
            key={issue.version}
            action={saveIssueAction}
            locale={locale}
            preview={query.preview}
            issue={{ id: issue.id, version: issue.version, texts: issue.texts, posts: issue.posts }}
            choices={issue.choices.map((c) => ({
              id: c.id,
              title: c.title,
              locales: c.locales,
              published: !c.published
                ? t("composer.unpublished")
                : c.publishedAt
                  ? t("composer.publishedOn", {
                      date: format.dateTime(new Date(c.publishedAt), { dateStyle: "medium" }),
                    })
                  : "",
            }))}
            labels={{
              posts: t("composer.posts"),
              postsHint: t("composer.postsHint"),
              noPosts: t("composer.noPosts"),
              publishedIn: t("composer.publishedIn"),
              texts: t("composer.texts"),
              textsHint: t("composer.textsHint"),
              required: t("composer.required"),
              optional: t("composer.optional"),
              subject: t("composer.subject"),
              intro: t("composer.intro"),
              save: t("composer.save"),
              saving: t("composer.saving"),
            }}
          />
          {previewSection}
          <section aria-labelledby="nl-test" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="nl-test" className="text-lg font-semibold text-slate-900">
              {t("test.heading")}
            </h2>
            <NewsletterTestForm
              // Follows the preview's language when the editor switches it.
              key={query.preview}
              action={sendTestAction}
              locale={locale}
              issueId={issue.id}
              language={query.preview}
              labels={{
                language: t("test.language"),
                submit: t("test.submit", { email: viewer.email }),
                sending: t("test.sending"),
              }}
            />
          </section>
          <section aria-labelledby="nl-send" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="nl-send" className="text-lg font-semibold text-slate-900">
              {t("send.heading")}
            </h2>
            <p className="text-sm text-slate-700">{t("send.intro")}</p>
            <NewsletterSendForm
              key={issue.version}
              action={startSendingAction}
              locale={locale}
              issueId={issue.id}
              version={issue.version}
              labels={{
                reviewed: t("send.reviewed"),
                submit: t("send.submit", { count: issue.confirmedSubscribers }),
                starting: t("send.starting"),
              }}
            />
          </section>
          <ActionButton
            action={deleteIssueAction}
            fields={{ locale, id: issue.id }}
            label={t("delete.button")}
            pendingLabel={t("delete.deleting")}
            confirm={{ question: t("delete.question"), confirm: t("delete.confirm"), cancel: t("delete.cancel") }}
          />
        </>
      ) : (
        <>
          {issue.status === "SENDING" && <NewsletterAutoRefresh />}
          {query.retried && <FormMessage status="ok" message={t("progress.retried", { count: query.retried })} />}
          <NewsletterProgress locale={locale} issue={issue} retryAction={retryFailedAction} />
          {previewSection}
        </>
      )}
    </div>
  );
}
