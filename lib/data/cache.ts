import { revalidateTag, unstable_cache } from "next/cache";

// Cache tags: a mutation of an entity calls revalidateTag(tag, "max") on its tag, and
// every cached query and ISR page that read it is rebuilt on the next visit.
export const cacheTags = {
  posts: "posts",
  clusters: "clusters",
  agreements: "agreements",
  tags: "tags",
} as const;

export type CacheTag = (typeof cacheTags)[keyof typeof cacheTags];

// Wraps a query in Next's data cache. Results must be JSON-serialisable (dates as ISO strings).
export function cached<Args extends unknown[], Result>(
  query: (...args: Args) => Promise<Result>,
  key: string,
  tags: CacheTag[],
): (...args: Args) => Promise<Result> {
  return unstable_cache(query, [key], { tags, revalidate: 3600 });
}

// Expires tags at once (not stale-while-revalidate): the next visitor sees the change.
// Call from server actions and route handlers only; Next refuses it elsewhere.
export function expireTags(...tags: CacheTag[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}
