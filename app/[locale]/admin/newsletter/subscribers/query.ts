import { z } from "zod";
import { SubscriberStatus } from "@/lib/generated/prisma/enums";

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// The subscriber list's search, filter and page, from the query string or the erase form's
// hidden fields; anything invalid falls back to the whole list.
export const subscriberQuerySchema = z.object({
  q: z.preprocess(
    (v) => (typeof single(v) === "string" ? (single(v) as string).trim() || undefined : undefined),
    // No control characters (PostgreSQL rejects NUL in text).
    z
      .string()
      .max(100)
      .regex(/^\P{Cc}*$/u)
      .optional()
      .catch(undefined),
  ),
  status: z.preprocess((v) => single(v) || undefined, z.enum(SubscriberStatus).optional().catch(undefined)),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1)),
});

export type SubscriberQuery = z.infer<typeof subscriberQuerySchema>;

// The list's address for a query, optionally with one more parameter (a message to show).
export function subscribersHref(
  locale: string,
  query: SubscriberQuery,
  page = query.page,
  extra: Record<string, string> = {},
) {
  const search = new URLSearchParams();
  if (query.q) search.set("q", query.q);
  if (query.status) search.set("status", query.status);
  if (page > 1) search.set("page", String(page));
  for (const [key, value] of Object.entries(extra)) search.set(key, value);
  const qs = search.toString();
  return `/${locale}/admin/newsletter/subscribers${qs ? `?${qs}` : ""}`;
}
