import { revalidateTag, unstable_cache } from "next/cache";

// Cache tags of the data: each cached query carries the tags of the entities it reads.
export const cacheTags = {
  posts: "posts",
  clusters: "clusters",
  agreements: "agreements",
  tags: "tags",
} as const;

export type CacheTag = (typeof cacheTags)[keyof typeof cacheTags];

// Every cached page carries this tag too (markCachedPage() in the root layout); no query does.
// That lets a change expire the pages and the data differently:
//   - the pages at once, so the next visitor's page is rendered again, not served stale;
//   - the data only as stale, so that render fetches it fresh while PostgreSQL answers and, while
//     it does not, Next hands back the last good copy (stale on error) instead of failing the page.
const PAGES = "pages";

export function markCachedPage(): Promise<true> {
  return unstable_cache(async () => true as const, ["cached-page"], { tags: [PAGES], revalidate: false })();
}

// A page rendered from last good copies (the database did not answer) is kept for a second only,
// so the first visit after the database is back renders it fresh; until then it keeps serving.
function keepPageBriefly(): Promise<true> {
  return unstable_cache(async () => true as const, ["degraded-page"], { revalidate: 1 })();
}

// Wraps a query in Next's data cache. Results must be JSON-serialisable (dates as ISO strings).
export function cached<Args extends unknown[], Result>(
  query: (...args: Args) => Promise<Result>,
  key: string,
  tags: CacheTag[],
): (...args: Args) => Promise<Result> {
  return async (...args) => {
    let failed = false;
    const read = unstable_cache(
      async (...inner: Args) => {
        try {
          return await query(...inner);
        } catch (error) {
          failed = true;
          throw error;
        }
      },
      [key],
      { tags, revalidate: 3600 },
    );
    const result = await read(...args);
    if (failed) await keepPageBriefly();
    return result;
  };
}

// After a change: every page expires, the data of these tags goes stale (see PAGES above).
// Call from server actions and route handlers only; Next refuses it elsewhere.
export function expireTags(...tags: CacheTag[]): void {
  for (const tag of tags) revalidateTag(tag, "max");
  revalidateTag(PAGES, { expire: 0 });
}
