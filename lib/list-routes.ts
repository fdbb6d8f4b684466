import { isLocale } from "./i18n/locales";
import { Region } from "./generated/prisma/enums";
import { sectorKeys } from "./sectors";

// Public list URLs keep their query strings (/pl/news?page=2, /pl/clusters?region=slaskie),
// but a page that reads searchParams renders on every request. The proxy rewrites the
// bounded, cacheable variants to internal path routes that Next caches like any page:
//   /pl/news?page=2                       → /pl/news/-/2
//   /pl/clusters?region=slaskie&sector=…  → /pl/clusters/-/slaskie/<sector|all>
// Free text (?q=…) and tags (unbounded, unknown to the proxy) stay on the dynamic page, so a
// crawler cannot fill the cache with endless variants.

export const ANY = "all";
export const MAX_CACHED_NEWS_PAGE = 200;

const regions = new Set<string>(Object.values(Region));
const sectors = new Set<string>(sectorKeys);

export function listRewrite(pathname: string, search: URLSearchParams): string | null {
  const match = /^\/([a-z]{2})\/(news|clusters)$/.exec(pathname);
  if (!match || !isLocale(match[1])) return null;
  const [, locale, list] = match;
  const keys = [...search.keys()];
  if (new Set(keys).size !== keys.length) return null;

  if (list === "news") {
    if (keys.some((k) => k !== "page")) return null;
    const page = search.get("page") ?? "1";
    if (!/^[1-9]\d{0,2}$/.test(page) || Number(page) > MAX_CACHED_NEWS_PAGE) return null;
    return `/${locale}/news/-/${page}`;
  }

  // The directory's GET form always sends q; an empty search is no search.
  if (search.get("q")?.trim()) return null;
  if (keys.some((k) => k !== "region" && k !== "sector" && k !== "q")) return null;
  const region = search.get("region") || ANY;
  const sector = search.get("sector") || ANY;
  if (region !== ANY && !regions.has(region)) return null;
  if (sector !== ANY && !sectors.has(sector)) return null;
  return `/${locale}/clusters/-/${region}/${sector}`;
}
