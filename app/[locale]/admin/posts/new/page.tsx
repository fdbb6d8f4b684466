import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/admin/shared/page-header";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { routeParams } from "@/lib/i18n/params";
import { PostEditorPage } from "../post-editor-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/posts/new">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminPosts" });
  return { title: t("new") };
}

export default async function NewPostPage({ params }: PageProps<"/[locale]/admin/posts/new">) {
  const { locale } = await routeParams(params);
  const viewer = assertRole(await getViewer(), EDITOR_ROLES);
  const t = await getTranslations({ locale, namespace: "AdminPosts" });
  return (
    <div className="space-y-4">
      <PageHeader title={t("new")} />
      <PostEditorPage locale={locale} viewer={viewer} post={null} />
    </div>
  );
}
