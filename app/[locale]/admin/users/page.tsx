import type { Metadata } from "next";
import { listClusterChoices, listUsers } from "@/lib/data/admin/users/queries";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteUser } from "@/components/admin/users/invite-user";
import { UserRowActions } from "@/components/admin/users/user-row-actions";
import { getViewer } from "@/lib/auth/viewer";
import { routeParams } from "@/lib/i18n/params";
import { inviteUserAction, userAccountAction } from "./actions";
import { AdminTable } from "@/components/admin/shared/admin-table";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/users">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "AdminUsers" });
  return { title: t("title") };
}

export default async function UsersPage({ params }: PageProps<"/[locale]/admin/users">) {
  const { locale } = await routeParams(params);
  const viewer = await getViewer();
  // Editors do not learn that the page exists; the data functions check again.
  if (viewer?.role !== "ADMIN") notFound();
  const [users, clusters] = await Promise.all([listUsers(viewer), listClusterChoices(viewer, locale)]);
  const t = await getTranslations({ locale, namespace: "AdminUsers" });
  const tAdmin = await getTranslations({ locale, namespace: "Admin" });
  const format = await getFormatter({ locale });
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <section aria-labelledby="invite" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="invite" className="mb-1 text-lg font-semibold text-slate-900">
          {t("inviteTitle")}
        </h2>
        <p className="mb-4 text-sm text-slate-700">{t("inviteIntro")}</p>
        <InviteUser action={inviteUserAction} locale={locale} clusters={clusters} />
      </section>
      <section aria-labelledby="accounts">
        <h2 id="accounts" className="mb-3 text-lg font-semibold text-slate-900">
          {t("accounts")}
        </h2>
        <AdminTable columns={[t("name"), t("role"), t("state"), t("lastSignIn"), { hidden: t("actions") }]}>
          {users.map((user) => (
            <tr key={user.id} className={user.disabled ? "bg-slate-50 text-slate-500" : ""}>
              <td className="px-3 py-2">
                <p className="font-medium text-slate-900">{user.name ?? user.email}</p>
                <p className="text-xs text-slate-600">{user.email}</p>
              </td>
              <td className="px-3 py-2">
                {tAdmin(`roles.${user.role}`)}
                {user.clusterName && <span className="block text-xs text-slate-600">{user.clusterName}</span>}
              </td>
              <td className="px-3 py-2">{t(user.disabled ? "disabled" : user.invited ? "invitedState" : "active")}</td>
              <td className="whitespace-nowrap px-3 py-2">
                {user.lastSignInAt
                  ? format.dateTime(new Date(user.lastSignInAt), { dateStyle: "medium", timeStyle: "short" })
                  : "—"}
              </td>
              <td className="px-3 py-2">
                {user.id !== viewer.id && (
                  <UserRowActions
                    action={userAccountAction}
                    id={user.id}
                    locale={locale}
                    operations={[
                      user.disabled
                        ? { operation: "enable" as const, label: t("enable"), pending: t("working") }
                        : { operation: "disable" as const, label: t("disable"), pending: t("working") },
                      ...(user.invited && !user.disabled
                        ? [{ operation: "reinvite" as const, label: t("reinvite"), pending: t("working") }]
                        : []),
                    ]}
                  />
                )}
              </td>
            </tr>
          ))}
        </AdminTable>
      </section>
    </div>
  );
}
