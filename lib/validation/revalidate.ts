import { z } from "zod";
import { cacheTags } from "@/lib/data/cache";

export const revalidateSchema = z.object({
  tags: z
    .array(z.enum(Object.values(cacheTags) as [string, ...string[]]))
    .min(1)
    .max(10),
});
