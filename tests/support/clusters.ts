import type { ClusterWrite } from "../../lib/data/admin/clusters/save";
import { type ClusterSnapshot, clusterSnapshotSchema } from "../../lib/data/admin/clusters/snapshot";

// A cluster with nothing but a slug: every other fact empty, as the snapshot schema defaults it.
export function emptyCluster(overrides: Partial<ClusterSnapshot> = {}): ClusterSnapshot {
  return { ...clusterSnapshotSchema.parse({ slug: "", translations: {} }), ...overrides };
}

// A write of a new cluster (or, with `id` and `expectedVersion`, of a stored one).
export function clusterWrite(overrides: Partial<ClusterWrite> = {}): ClusterWrite {
  return { id: null, expectedVersion: 0, ...emptyCluster(), ...overrides };
}
