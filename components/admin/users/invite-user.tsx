import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/locales";
import { pickLabels } from "@/lib/i18n/labels";
import type { FormState } from "@/lib/validation/form";
import { InviteUserForm } from "./invite-user-form";

const keys = ["email", "name", "role", "cluster", "clusterHint", "language", "invite", "inviting"] as const;
const roles = ["EDITOR", "ADMIN", "MEMBER"] as const satisfies readonly Role[];

export type InviteUserLabels = Record<(typeof keys)[number], string> & {
  roles: Record<(typeof roles)[number], string>;
};

// The invitation form with its texts: the admin's user list, and the co-editors of a cluster.
export async function InviteUser(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: AppLocale;
  clusters?: { id: string; name: string }[];
  hidden?: Record<string, string>;
}) {
  const [t, tAdmin] = await Promise.all([
    getTranslations({ locale: props.locale, namespace: "AdminUsers" }),
    getTranslations({ locale: props.locale, namespace: "Admin" }),
  ]);
  const labels = { ...pickLabels(keys, (key) => t(key)), roles: pickLabels(roles, (role) => tAdmin(`roles.${role}`)) };
  return <InviteUserForm {...props} labels={labels} />;
}
