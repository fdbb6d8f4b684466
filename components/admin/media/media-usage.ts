import { type MediaUsage } from "@/lib/data/admin/media/queries";

type UsageTranslator = (key: `usage.${keyof MediaUsage}`, values: { count: number }) => string;

// The places that use a library item, translated ("cover of 2 posts", "logo of 1 cluster"); empty when unused.
export function usagePlaces(usage: MediaUsage, t: UsageTranslator): string[] {
  return (Object.keys(usage) as (keyof MediaUsage)[])
    .filter((key) => usage[key] > 0)
    .map((key) => t(`usage.${key}`, { count: usage[key] }));
}
