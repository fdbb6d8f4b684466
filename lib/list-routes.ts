import type { Rewrite } from "next/dist/lib/load-custom-routes";
import { Region } from "./generated/prisma/enums";
import { locales } from "./i18n/locales";
import { sectorKeys } from "./sectors";

// Public list URLs keep their query strings (/pl/news?page=2, /pl/clusters?region=slaskie),
// but a page that reads searchParams renders on every request. These rewrites (next.config)
// send the bounded, cacheable variants to internal path routes that Next caches like any
// page, without running the proxy:
//   /pl/news, /pl/news?page=2               → /pl/news/-/1, /pl/news/-/2
//   /pl/clusters?region=slaskie&sector=ict  → /pl/clusters/-/slaskie/ict ("all" for none)
// Tags and free-text search (?tag=, ?q=) are unbounded and stay on the dynamic page, so a
// crawler cannot fill the cache with endless variants. Unknown values fall through to it too,
// and it answers 404.

export const ANY = "all";

const localePattern = locales.join("|");
const pagePattern = "(?<page>[1-9]\\d?|1\\d\\d)"; // 1–199
const regionPattern = `(?<region>${Object.values(Region).join("|")})`;
const sectorPattern = `(?<sector>${sectorKeys.join("|")})`;
const present = ".*\\S.*"; // a parameter with some text in it; empty form fields don't count

export function listRewrites(): Rewrite[] {
  const news = `/:locale(${localePattern})/news`;
  const clusters = `/:locale(${localePattern})/clusters`;
  const noTag = { type: "query", key: "tag", value: present } as const;
  const noSearch = { type: "query", key: "q", value: present } as const;
  const noRegion = { type: "query", key: "region", value: present } as const;
  const noSector = { type: "query", key: "sector", value: present } as const;
  const region = { type: "query", key: "region", value: regionPattern } as const;
  const sector = { type: "query", key: "sector", value: sectorPattern } as const;
  return [
    {
      source: news,
      has: [{ type: "query", key: "page", value: pagePattern }],
      missing: [noTag],
      destination: "/:locale/news/-/:page",
    },
    { source: news, missing: [noTag, { type: "query", key: "page" }], destination: "/:locale/news/-/1" },
    {
      source: clusters,
      has: [region, sector],
      missing: [noSearch],
      destination: "/:locale/clusters/-/:region/:sector",
    },
    {
      source: clusters,
      has: [region],
      missing: [noSearch, noSector],
      destination: `/:locale/clusters/-/:region/${ANY}`,
    },
    {
      source: clusters,
      has: [sector],
      missing: [noSearch, noRegion],
      destination: `/:locale/clusters/-/${ANY}/:sector`,
    },
    { source: clusters, missing: [noSearch, noRegion, noSector], destination: `/:locale/clusters/-/${ANY}/${ANY}` },
  ];
}

// The inverse, for links built from the current pathname (the language switcher), in case
// the client reports the internal route.
export function publicListPath(pathname: string): string {
  const news = /^\/([a-z]{2})\/news\/-\/(\d+)$/.exec(pathname);
  if (news) return `/${news[1]}/news${news[2] === "1" ? "" : `?page=${news[2]}`}`;
  const clusters = /^\/([a-z]{2})\/clusters\/-\/([a-z_]+)\/([a-z-]+)$/.exec(pathname);
  if (clusters) {
    const query = new URLSearchParams();
    if (clusters[2] !== ANY) query.set("region", clusters[2]!);
    if (clusters[3] !== ANY) query.set("sector", clusters[3]!);
    const qs = query.toString();
    return `/${clusters[1]}/clusters${qs ? `?${qs}` : ""}`;
  }
  return pathname;
}
