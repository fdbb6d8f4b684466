import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { areaFrame, AreaRefusal, AreaUnavailable, SignedInArea } from "@/components/account/signed-in-area";
import { getViewer, isEditor } from "@/lib/auth/viewer";
import { countPendingReviews } from "@/lib/data/admin/clusters/reviews";
import { routeParams } from "@/lib/i18n/params";
import { getPathname, redirect } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: LayoutProps<"/[locale]/admin">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: { default: t("title"), template: `%s | ${t("title")}` }, robots: { index: false, follow: false } };
}

// The editors' area. Redirecting here is only for the visitor's sake: every page and action
// below checks the viewer again where it reads or writes.
export default async function AdminLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const { locale } = await routeParams(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Admin" });
  const frame = await areaFrame("admin", async () => {
    const viewer = await getViewer();
    if (!viewer) return redirect({ href: `/sign-in?next=${getPathname({ locale, href: "/admin" })}`, locale });
    // A member cluster's people keep their profile in their own area.
    if (viewer.role === "MEMBER" && viewer.clusterId) return redirect({ href: "/my-cluster", locale });
    return { viewer, pendingReviews: isEditor(viewer) ? await countPendingReviews(viewer) : 0 };
  });
  if (!frame) return <AreaUnavailable title={t("title")} home="/admin" />;
  const { viewer, pendingReviews } = frame;
  if (!isEditor(viewer)) return <AreaRefusal locale={locale} title={t("forbidden.title")} body={t("forbidden.body")} />;

  const links = [
    { href: "/admin", label: t("nav.dashboard"), exact: true },
    { href: "/admin/reviews", label: pendingReviews ? `${t("nav.reviews")} (${pendingReviews})` : t("nav.reviews") },
    { href: "/admin/posts", label: t("nav.posts") },
    { href: "/admin/clusters", label: t("nav.clusters") },
    { href: "/admin/agreements", label: t("nav.agreements") },
    { href: "/admin/tags", label: t("nav.tags") },
    { href: "/admin/newsletter", label: t("nav.newsletter") },
    { href: "/admin/media", label: t("nav.media") },
    ...(viewer.role === "ADMIN"
      ? [
          { href: "/admin/users", label: t("nav.users") },
          { href: "/admin/audit", label: t("nav.audit") },
          { href: "/admin/outbox", label: t("nav.outbox") },
        ]
      : []),
  ];

  return (
    <SignedInArea
      locale={locale}
      title={t("title")}
      nav={{ label: t("nav.label"), links }}
      user={viewer.name ?? viewer.email}
      role={t(`roles.${viewer.role}`)}
    >
      {children}
    </SignedInArea>
  );
}
