import { rm } from "node:fs/promises";
import path from "node:path";

// Next keeps rendered pages and cached queries on disk across restarts. A start against a
// database that may differ from the last run's (fresh embedded data, a test database)
// begins without them; pages are rendered again on their first visit.
export async function clearNextCaches(root = process.cwd()): Promise<void> {
  await Promise.all(
    [".next/server/route-cache", ".next/cache/fetch-cache"].map((dir) =>
      rm(path.join(root, dir), { recursive: true, force: true }),
    ),
  );
}
