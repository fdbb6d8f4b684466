import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AuthorizationError, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";

// The clusters a viewer may edit, as a where clause: editors every one, a member only its own
// (none when the account belongs to no cluster). Every cluster query of a member goes through it.
export function editableClusters(viewer: Viewer): Prisma.ClusterWhereInput {
  if (EDITOR_ROLES.includes(viewer.role)) return {};
  return viewer.clusterId ? { id: viewer.clusterId } : { id: { in: [] } };
}

// A member of a cluster (the cluster comes from the account, never from a form), or a refusal.
export function assertClusterMember(viewer: Viewer | null): Viewer & { clusterId: string } {
  if (!viewer || viewer.role !== "MEMBER" || !viewer.clusterId) throw new AuthorizationError();
  return viewer as Viewer & { clusterId: string };
}

// Editors may act on any cluster; a member only on its own. Returns the cluster id to scope by.
export function assertClusterAccess(viewer: Viewer | null, clusterId: string): Viewer {
  if (!viewer) throw new AuthorizationError();
  if (EDITOR_ROLES.includes(viewer.role)) return viewer;
  if (viewer.role === "MEMBER" && viewer.clusterId && viewer.clusterId === clusterId) return viewer;
  throw new AuthorizationError();
}

// For actions: whether the viewer is a member of a cluster (the data layer checks again).
export function isClusterMember(viewer: Viewer | null): viewer is Viewer & { clusterId: string } {
  return viewer !== null && viewer.role === "MEMBER" && viewer.clusterId !== null;
}
