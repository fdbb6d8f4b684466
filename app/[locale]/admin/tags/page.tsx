import type { Metadata } from "next";
import { listAdminTags } from "@/lib/data/admin/tags/queries";
import { getTranslations } from "next-intl/server";
import { TagForm } from "@/components/admin/tags/tag-form";
import { assertRole, EDITOR_ROLES, getViewer } from "@/lib/auth/viewer";
import { routeParams } from "@/lib/i18n/params";
import { tagAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/tags">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminTags" });
  return { title: t("title") };
}

export default async function TagsPage({ params }: PageProps<"/[locale]/admin/tags">) {
  const { locale } = await routeParams(params);
  const tags = await listAdminTags(assertRole(await getViewer(), EDITOR_ROLES));
  const t = await getTranslations({ locale, namespace: "AdminTags" });
  const labels = (posts: number) => ({
    slug: t("slug"),
    name: t("name"),
    save: t("save"),
    saving: t("saving"),
    remove: t("remove"),
    posts: t("posts", { count: posts }),
  });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </div>
      <section aria-labelledby="new-tag" className="space-y-2">
        <h2 id="new-tag" className="text-lg font-semibold text-slate-900">
          {t("new")}
        </h2>
        <TagForm action={tagAction} locale={locale} tag={null} labels={labels(0)} />
      </section>
      <section aria-labelledby="all-tags" className="space-y-2">
        <h2 id="all-tags" className="text-lg font-semibold text-slate-900">
          {t("all")}
        </h2>
        {tags.map((tag) => (
          <TagForm key={tag.id} action={tagAction} locale={locale} tag={tag} labels={labels(tag.posts)} />
        ))}
      </section>
    </div>
  );
}
