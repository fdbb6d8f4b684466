import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { AreaRefusal, SignedInArea } from "@/components/account/signed-in-area";
import { getViewer, isEditor } from "@/lib/auth/viewer";
import { countPendingReviews } from "@/lib/data/admin/clusters/reviews";
import { routeParams } from "@/lib/i18n/params";

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
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/sign-in?next=/${locale}/admin`);
  // A member cluster's people keep their profile in their own area.
  if (viewer.role === "MEMBER" && viewer.clusterId) redirect(`/${locale}/my-cluster`);
  const t = await getTranslations({ locale, namespace: "Admin" });
  if (!isEditor(viewer)) return <AreaRefusal locale={locale} title={t("forbidden.title")} body={t("forbidden.body")} />;

  const pendingReviews = await countPendingReviews(viewer);
  const links = [
    { href: `/${locale}/admin`, label: t("nav.dashboard"), exact: true },
    {
      href: `/${locale}/admin/reviews`,
      label: pendingReviews ? `${t("nav.reviews")} (${pendingReviews})` : t("nav.reviews"),
    },
    { href: `/${locale}/admin/posts`, label: t("nav.posts") },
    { href: `/${locale}/admin/clusters`, label: t("nav.clusters") },
    { href: `/${locale}/admin/agreements`, label: t("nav.agreements") },
    { href: `/${locale}/admin/tags`, label: t("nav.tags") },
    { href: `/${locale}/admin/newsletter`, label: t("nav.newsletter") },
    { href: `/${locale}/admin/media`, label: t("nav.media") },
    ...(viewer.role === "ADMIN"
      ? [
          { href: `/${locale}/admin/users`, label: t("nav.users") },
          { href: `/${locale}/admin/audit`, label: t("nav.audit") },
          { href: `/${locale}/admin/outbox`, label: t("nav.outbox") },
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
      {/* The editor's client components are large forms; they read these namespaces
          directly instead of receiving dozens of labels as props. */}
      <NextIntlClientProvider messages={await adminMessages()}>{children}</NextIntlClientProvider>
    </SignedInArea>
  );
}

async function adminMessages() {
  const { Admin, AdminPosts, AdminHistory, AdminUsers, Editor, NotFound, Error } = await getMessages();
  return { Admin, AdminPosts, AdminHistory, AdminUsers, Editor, NotFound, Error };
}
