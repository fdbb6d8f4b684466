import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { UnpublishButton } from "@/components/admin/posts/unpublish-button";
import { FormMessage } from "@/components/forms/field";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { getPostForEditor } from "@/lib/data/admin/posts/queries";
import { routeParams } from "@/lib/i18n/params";
import { locales } from "@/lib/i18n/locales";
import { unpublishPostAction } from "../actions";
import { PostEditorPage } from "../post-editor-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/posts/[id]">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminPosts" });
  return { title: t("edit") };
}

export default async function EditPostPage({ params, searchParams }: PageProps<"/[locale]/admin/posts/[id]">) {
  const { locale, id } = await routeParams(params);
  const viewer = assertRole(await getViewer(), EDITOR_ROLES);
  const post = await getPostForEditor(viewer, id);
  if (!post) notFound();
  const { saved } = await searchParams;
  const t = await getTranslations({ locale, namespace: "AdminPosts" });
  const tAdmin = await getTranslations({ locale, namespace: "Admin" });
  const format = await getFormatter({ locale });
  const justSaved = typeof saved === "string" && saved === String(post.version);
  const scheduled = post.status === "SCHEDULED" && post.publishedAt;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900" lang="pl">
            {post.translations.pl.title || t("edit")}
          </h1>
          <p className="text-sm text-slate-600">
            {tAdmin(`postStatus.${post.status}`)} · {t("version", { version: post.version })}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {locales
            .filter((l) => post.translations[l].title)
            .map((l) => (
              <a
                key={l}
                href={`/api/draft?post=${post.id}&locale=${l}`}
                target="_blank"
                rel="noopener"
                className="rounded-md border border-slate-300 px-3 py-1.5 font-medium text-brand-700 hover:bg-brand-50"
              >
                {t("preview")} {l.toUpperCase()}
              </a>
            ))}
          <NextLink
            href={`/${locale}/admin/posts/${post.id}/history`}
            className="font-medium text-brand-700 underline underline-offset-2"
          >
            {t("history")}
          </NextLink>
          {post.status !== "DRAFT" && (
            <UnpublishButton
              action={unpublishPostAction}
              id={post.id}
              version={post.version}
              locale={locale}
              label={t("unpublish")}
              pendingLabel={t("unpublishing")}
            />
          )}
        </div>
      </div>
      {justSaved && (
        <FormMessage
          status="ok"
          message={`${t("savedAt", { version: post.version })}${scheduled ? ` ${t("scheduledFor", { date: format.dateTime(new Date(post.publishedAt!), { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Warsaw" }) })}` : ""}`}
        />
      )}
      <PostEditorPage key={post.version} locale={locale} viewer={viewer} post={post} />
    </div>
  );
}
