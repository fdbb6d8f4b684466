import type { SubscriberQuery } from "@/lib/validation/newsletter";

// The list's address (without the locale) for a query, optionally with one more parameter (a
// message to show).
export function subscribersHref(query: SubscriberQuery, page = query.page, extra: Record<string, string> = {}) {
  const search = new URLSearchParams();
  if (query.q) search.set("q", query.q);
  if (query.status) search.set("status", query.status);
  if (page > 1) search.set("page", String(page));
  for (const [key, value] of Object.entries(extra)) search.set(key, value);
  const qs = search.toString();
  return `/admin/newsletter/subscribers${qs ? `?${qs}` : ""}`;
}
