import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MediaLibrary } from "@/components/admin/media/media-library";
import { routeParams } from "@/lib/i18n/params";
import { memberAreaViewer } from "../member-viewer";
import { deleteMyMediaAction, updateMyMediaTextAction, uploadMyMediaAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/my-cluster/media">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "MyCluster.nav" });
  return { title: t("media") };
}

export default async function MyClusterMediaPage({ params, searchParams }: PageProps<"/[locale]/my-cluster/media">) {
  const { locale } = await routeParams(params);
  const viewer = await memberAreaViewer(locale, "/media");
  if (!viewer) return null;
  const t = await getTranslations({ locale, namespace: "MyCluster" });
  return (
    <MediaLibrary
      locale={locale}
      viewer={viewer}
      searchParams={await searchParams}
      basePath="/my-cluster/media"
      title={t("nav.media")}
      intro={t("media.intro")}
      actions={{ upload: uploadMyMediaAction, update: updateMyMediaTextAction, delete: deleteMyMediaAction }}
    />
  );
}
