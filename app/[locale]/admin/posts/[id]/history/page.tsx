import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RevisionHistory } from "@/components/admin/revision-history";
import { FormMessage } from "@/components/forms/field";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { getPostForEditor } from "@/lib/data/admin/post-queries";
import { getRevisionHistory } from "@/lib/data/admin/revisions";
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
  const history = await getRevisionHistory(viewer, EDITOR_ROLES, { type: "post", id });
  const { restored } = await searchParams;
  const t = await getTranslations({ locale, namespace: "AdminHistory" });
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
      <RevisionHistory
        locale={locale}
        entityId={id}
        currentVersion={post.version}
        history={history}
        restoreAction={restorePostAction}
      />
    </div>
  );
}
