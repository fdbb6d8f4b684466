import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { getMemberCluster } from "@/lib/data/member/profile";
import { routeParams } from "@/lib/i18n/params";
import { signOutAction } from "../(account)/actions";
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
  // Editors review members' changes in the admin; they have no cluster of their own.
  const viewer = await memberAreaViewer(locale);
  const t = await getTranslations({ locale, namespace: "MyCluster" });
  const tAccount = await getTranslations({ locale, namespace: "Account" });
  const signOut = (
    <form action={signOutAction}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="text-sm font-medium text-brand-700 underline underline-offset-2">
        {tAccount("signOut")}
      </button>
    </form>
  );
  if (!viewer) {
    return (
      <div className="mx-auto max-w-xl px-4 py-16">
        <h1 className="text-2xl font-bold text-slate-900">{t("noCluster.title")}</h1>
        <p className="mt-3 text-slate-700">{t("noCluster.body")}</p>
        <div className="mt-6">{signOut}</div>
      </div>
    );
  }
  const cluster = await getMemberCluster(viewer, locale);
  const base = `/${locale}/my-cluster`;
  const links = [
    { href: base, label: t("nav.profile"), exact: true },
    { href: `${base}/history`, label: t("nav.history") },
    { href: `${base}/media`, label: t("nav.media") },
    { href: `${base}/posts`, label: t("nav.posts") },
    { href: `${base}/team`, label: t("nav.team") },
  ];
  return (
    <div className="mx-auto flex max-w-[96rem] flex-col gap-6 px-4 py-6 lg:flex-row">
      <aside className="lg:w-56 lg:shrink-0">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("title")}</p>
        <p className="mt-1 font-semibold text-slate-900">{cluster.name}</p>
        <AdminNav links={links} label={t("nav.label")} />
        <div className="mt-4 border-t border-slate-200 pt-4 text-sm text-slate-700">
          <p>{tAccount("signedInAs", { name: viewer.name ?? viewer.email })}</p>
          <div className="mt-2">{signOut}</div>
        </div>
      </aside>
      <div className="min-w-0 flex-1">
        <NextIntlClientProvider messages={await memberMessages()}>{children}</NextIntlClientProvider>
      </div>
    </div>
  );
}

// The client components of this area read these namespaces (the shared admin forms among them).
async function memberMessages() {
  const { Admin, AdminHistory, AdminUsers, Editor, MyCluster, NotFound, Error } = await getMessages();
  return { Admin, AdminHistory, AdminUsers, Editor, MyCluster, NotFound, Error };
}
