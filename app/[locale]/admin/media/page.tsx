import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MediaLibrary } from "@/components/admin/media/media-library";
import { getViewer } from "@/lib/auth/viewer";
import { routeParams } from "@/lib/i18n/params";
import { deleteMediaAction, updateMediaTextAction, uploadMediaAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/media">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminMedia" });
  return { title: t("title") };
}

export default async function MediaLibraryPage({ params, searchParams }: PageProps<"/[locale]/admin/media">) {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminMedia" });
  return (
    <MediaLibrary
      locale={locale}
      viewer={await getViewer()}
      searchParams={await searchParams}
      basePath="/admin/media"
      title={t("title")}
      intro={t("intro")}
      actions={{ upload: uploadMediaAction, update: updateMediaTextAction, delete: deleteMediaAction }}
    />
  );
}
