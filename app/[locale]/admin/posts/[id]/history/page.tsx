import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HistoryPage } from "@/components/admin/shared/history-page";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { getPostForEditor } from "@/lib/data/admin/posts/queries";
import { getRevisionHistory } from "@/lib/data/admin/shared/revisions";
import { routeParams } from "@/lib/i18n/params";
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
  const history = await getRevisionHistory(viewer, { type: "post", id });
  const { restored } = await searchParams;
  const t = await getTranslations({ locale, namespace: "AdminHistory" });
  return (
    <HistoryPage
      locale={locale}
      back={{ href: `/admin/posts/${id}`, label: post.translations.pl.title }}
      restoredMessage={typeof restored === "string" ? t("restored", { from: restored, version: post.version }) : null}
      entityId={id}
      currentVersion={post.version}
      history={history}
      restoreAction={restorePostAction}
    />
  );
}
