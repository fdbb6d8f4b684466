import { z } from "zod";
import { type CacheTag, cacheTags } from "@/lib/data/cache";

export const revalidateSchema = z.object({
  tags: z
    .array(z.enum(Object.values(cacheTags) as [CacheTag, ...CacheTag[]]))
    .min(1)
    .max(10),
});
