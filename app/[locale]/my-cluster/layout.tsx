import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { areaFrame, AreaRefusal, AreaUnavailable, SignedInArea } from "@/components/account/signed-in-area";
import { getMemberCluster } from "@/lib/data/member/profile";
import { routeParams } from "@/lib/i18n/params";
import { memberAreaViewer } from "./member-viewer";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: LayoutProps<"/[locale]/my-cluster">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "MyCluster" });
  return { title: { default: t("title"), template: `%s | ${t("title")}` }, robots: { index: false, follow: false } };
}

// A member cluster's own area. The redirects here are for the visitor's sake: every page and
// action below checks the viewer again, and the data layer scopes every query to the cluster.
export default async function MyClusterLayout({ children, params }: LayoutProps<"/[locale]/my-cluster">) {
  const { locale } = await routeParams(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "MyCluster" });
  const frame = await areaFrame("member", async () => {
    // Editors review members' changes in the admin; they have no cluster of their own.
    const viewer = await memberAreaViewer(locale);
    return { viewer, cluster: viewer ? await getMemberCluster(viewer, locale) : null };
  });
  if (!frame) return <AreaUnavailable title={t("title")} home="/my-cluster" />;
  const { viewer, cluster } = frame;
  if (!viewer || !cluster) {
    return <AreaRefusal locale={locale} title={t("noCluster.title")} body={t("noCluster.body")} />;
  }
  const base = "/my-cluster";
  const links = [
    { href: base, label: t("nav.profile"), exact: true },
    { href: `${base}/history`, label: t("nav.history") },
    { href: `${base}/media`, label: t("nav.media") },
    { href: `${base}/posts`, label: t("nav.posts") },
    { href: `${base}/team`, label: t("nav.team") },
  ];
  return (
    <SignedInArea
      locale={locale}
      title={t("title")}
      subtitle={cluster.name}
      nav={{ label: t("nav.label"), links }}
      user={viewer.name ?? viewer.email}
    >
      {children}
    </SignedInArea>
  );
}
