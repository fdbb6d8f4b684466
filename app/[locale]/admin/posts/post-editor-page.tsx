import { postEditorLabels } from "@/components/admin/posts/post-labels";
import { PostEditor } from "@/components/admin/posts/post-editor";
import type { Viewer } from "@/lib/auth/viewer";
import { getPostEditorOptions, type PostEditorData } from "@/lib/data/admin/posts/queries";
import type { AppLocale } from "@/lib/i18n/locales";
import { sanitizeRichText } from "@/lib/sanitize";
import { savePostAction } from "./actions";

// The editor shared by the new-post and edit-post pages.
export async function PostEditorPage({
  locale,
  viewer,
  post,
}: {
  locale: AppLocale;
  viewer: Viewer;
  post: PostEditorData | null;
}) {
  const [options, labels] = await Promise.all([getPostEditorOptions(viewer, locale), postEditorLabels(locale)]);
  const pl = post?.translations.pl;
  const source = pl ? { title: pl.title, lead: pl.excerpt, html: sanitizeRichText(pl.body) } : null;
  return (
    <PostEditor
      action={savePostAction}
      locale={locale}
      post={post}
      options={options}
      source={source}
      authorName={viewer.name ?? ""}
      labels={labels}
    />
  );
}
