import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, pickTranslation } from "@/lib/i18n/locales";
import { assertClusterAccess } from "@/lib/data/admin/clusters/access";
import { createInvitation, type InviteResult } from "@/lib/data/admin/users/save";

export interface TeamMember {
  id: string;
  name: string | null;
  email: string;
  invited: boolean;
  disabled: boolean;
  lastSignInAt: string | null;
}

// The people who keep a cluster's profile (its MEMBER accounts): for that cluster's members and editors.
export async function listClusterTeam(viewer: Viewer | null, clusterId: string): Promise<TeamMember[]> {
  assertClusterAccess(viewer, clusterId);
  const users = await db.user.findMany({
    where: { clusterId, role: "MEMBER" },
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: { id: true, name: true, email: true, passwordHash: true, disabledAt: true, lastSignInAt: true },
  });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    invited: u.passwordHash === null,
    disabled: u.disabledAt !== null,
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
  }));
}

// Invites a co-editor of a cluster: a MEMBER account of that cluster, by its members or an editor.
export async function inviteColleague(
  viewer: Viewer | null,
  clusterId: string,
  input: { email: string; name: string; locale: AppLocale },
): Promise<InviteResult> {
  const inviter = assertClusterAccess(viewer, clusterId);
  const cluster = await db.cluster.findUnique({
    where: { id: clusterId },
    select: { slug: true, translations: { select: { locale: true, name: true } } },
  });
  if (!cluster) return { ok: false, error: "clusterMissing" };
  const name = pickTranslation(cluster.translations, input.locale)?.translation.name ?? cluster.slug;
  return createInvitation(inviter, { ...input, role: "MEMBER", clusterId }, name);
}
