import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { UnpublishButton } from "@/components/admin/posts/unpublish-button";
import { PageHeader } from "@/components/admin/shared/page-header";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { getPostForEditor } from "@/lib/data/admin/posts/queries";
import { locales } from "@/lib/i18n/locales";
import { routeParams } from "@/lib/i18n/params";
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
  const [t, te, tAdmin, format] = await Promise.all([
    getTranslations({ locale, namespace: "AdminPosts" }),
    getTranslations({ locale, namespace: "AdminEditor" }),
    getTranslations({ locale, namespace: "Admin" }),
    getFormatter({ locale }),
  ]);
  const scheduledFor =
    post.status === "SCHEDULED" && post.publishedAt
      ? ` ${t("scheduledFor", { date: format.dateTime(new Date(post.publishedAt), { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Warsaw" }) })}`
      : "";

  return (
    <div className="space-y-4">
      <PageHeader
        title={post.translations.pl.title || t("edit")}
        lang="pl"
        subtitle={`${tAdmin(`postStatus.${post.status}`)} · ${te("version", { version: post.version })}`}
        links={[{ href: `/admin/posts/${post.id}/history`, label: te("history") }]}
        actions={
          <>
            {/* Draft mode shows each language version as visitors will see it (an API route, not a page). */}
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
          </>
        }
        saved={saved === String(post.version) ? `${t("savedAt", { version: post.version })}${scheduledFor}` : null}
      />
      <PostEditorPage key={post.version} locale={locale} viewer={viewer} post={post} />
    </div>
  );
}
