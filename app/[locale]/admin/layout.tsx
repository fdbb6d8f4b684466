import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { getViewer, isEditor } from "@/lib/auth/viewer";
import { countPendingReviews } from "@/lib/data/admin/cluster-reviews";
import { routeParams } from "@/lib/i18n/params";
import { signOutAction } from "../(account)/actions";

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
  const t = await getTranslations({ locale, namespace: "Admin" });
  const tAccount = await getTranslations({ locale, namespace: "Account" });

  const signOut = (
    <form action={signOutAction}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="text-sm font-medium text-brand-700 underline underline-offset-2">
        {tAccount("signOut")}
      </button>
    </form>
  );

  // A member cluster's people keep their profile in their own area.
  if (viewer.role === "MEMBER" && viewer.clusterId) redirect(`/${locale}/my-cluster`);
  if (!isEditor(viewer)) {
    return (
      <div className="mx-auto max-w-xl px-4 py-16">
        <h1 className="text-2xl font-bold text-slate-900">{t("forbidden.title")}</h1>
        <p className="mt-3 text-slate-700">{t("forbidden.body")}</p>
        <div className="mt-6">{signOut}</div>
      </div>
    );
  }

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
    <div className="mx-auto flex max-w-[96rem] flex-col gap-6 px-4 py-6 lg:flex-row">
      <aside className="lg:w-56 lg:shrink-0">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("title")}</p>
        <AdminNav links={links} label={t("nav.label")} />
        <div className="mt-4 border-t border-slate-200 pt-4 text-sm text-slate-700">
          <p>{tAccount("signedInAs", { name: viewer.name ?? viewer.email })}</p>
          <p className="text-xs text-slate-500">{t(`roles.${viewer.role}`)}</p>
          <div className="mt-2">{signOut}</div>
        </div>
      </aside>
      <div className="min-w-0 flex-1">
        {/* The editor's client components are large forms; they read these namespaces
            directly instead of receiving dozens of labels as props. */}
        <NextIntlClientProvider messages={await adminMessages()}>{children}</NextIntlClientProvider>
      </div>
    </div>
  );
}

async function adminMessages() {
  const { Admin, AdminPosts, AdminHistory, AdminUsers, Editor, NotFound, Error } = await getMessages();
  return { Admin, AdminPosts, AdminHistory, AdminUsers, Editor, NotFound, Error };
}
