import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type AppLocale, pickTranslation } from "@/lib/i18n/locales";
import { assertClusterAccess } from "@/lib/data/admin/clusters/access";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { limiterStore } from "@/lib/auth/throttle";
import { recordAudit } from "@/lib/data/admin/audit/record";
import { createInvitation } from "@/lib/data/admin/users/save";

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

// Invitations a cluster's members may send a day: each of them, and all of them together for
// their cluster (editors are not limited). Counted in PostgreSQL (rate_limits), so the limits
// hold across restarts and instances.
export const INVITES_PER_MEMBER_PER_DAY = 5;
export const INVITES_PER_CLUSTER_PER_DAY = 10;

const globalForLimiters = globalThis as unknown as {
  inviteLimiters?: { member: RateLimiterPostgres; cluster: RateLimiterPostgres };
};

function inviteLimiters() {
  globalForLimiters.inviteLimiters ??= {
    member: new RateLimiterPostgres({
      ...limiterStore(),
      keyPrefix: "invite-member",
      points: INVITES_PER_MEMBER_PER_DAY,
      duration: 24 * 3600,
    }),
    cluster: new RateLimiterPostgres({
      ...limiterStore(),
      keyPrefix: "invite-cluster",
      points: INVITES_PER_CLUSTER_PER_DAY,
      duration: 24 * 3600,
    }),
  };
  return globalForLimiters.inviteLimiters;
}

async function withinLimits(memberId: string, clusterId: string): Promise<boolean> {
  const { member, cluster } = inviteLimiters();
  try {
    // The member's own allowance first: one member cannot use up the cluster's.
    await member.consume(memberId);
    await cluster.consume(clusterId);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}

export type ColleagueInviteResult = { ok: true } | { ok: false; error: "clusterMissing" | "tooMany" };

// Invites a co-editor of a cluster: a MEMBER account of that cluster, by its members or an editor.
// The answer is the same whether or not the address already has an account (an existing account
// gets nothing, and the attempt is in the audit log), so the form cannot be used to probe for them.
export async function inviteColleague(
  viewer: Viewer | null,
  clusterId: string,
  input: { email: string; name: string; locale: AppLocale },
): Promise<ColleagueInviteResult> {
  const inviter = assertClusterAccess(viewer, clusterId);
  const cluster = await db.cluster.findUnique({
    where: { id: clusterId },
    select: { slug: true, translations: { select: { locale: true, name: true } } },
  });
  if (!cluster) return { ok: false, error: "clusterMissing" };
  if (inviter.role === "MEMBER" && !(await withinLimits(inviter.id, clusterId))) return { ok: false, error: "tooMany" };
  const name = pickTranslation(cluster.translations, input.locale)?.translation.name ?? cluster.slug;
  const result = await createInvitation(inviter, { ...input, role: "MEMBER", clusterId }, name);
  if (!result.ok && result.error === "emailTaken") {
    await recordAudit(db, {
      userId: inviter.id,
      action: "user.inviteExisting",
      entityType: "cluster",
      entityId: clusterId,
      data: { email: input.email },
    });
  } else if (!result.ok) {
    return { ok: false, error: "clusterMissing" };
  }
  return { ok: true };
}
