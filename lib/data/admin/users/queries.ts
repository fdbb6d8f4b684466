import "server-only";
import { assertRole, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/locales";
import { type Choice, clusterChoices } from "../shared/choices";

export interface UserRow {
  id: string;
  email: string;
  name: string | null;
  role: "ADMIN" | "EDITOR" | "MEMBER";
  clusterName: string | null;
  locale: AppLocale;
  disabled: boolean;
  invited: boolean;
  lastSignInAt: string | null;
}

// Every account, for admins.
export async function listUsers(viewer: Viewer | null): Promise<UserRow[]> {
  assertRole(viewer, ["ADMIN"]);
  const users = await db.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      disabledAt: true,
      lastSignInAt: true,
      passwordHash: true,
      cluster: { select: { translations: { where: { locale: "pl" }, select: { name: true } } } },
    },
  });
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    clusterName: u.cluster?.translations[0]?.name ?? null,
    locale: u.locale,
    disabled: u.disabledAt !== null,
    invited: u.passwordHash === null,
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
  }));
}

// Clusters a member account can belong to, for the invitation form (admins).
export async function listClusterChoices(viewer: Viewer | null, locale: AppLocale): Promise<Choice[]> {
  assertRole(viewer, ["ADMIN"]);
  return clusterChoices(locale);
}
