// One convention for links (enforced in eslint.config.mjs):
// - Links to localized pages use this `Link` with a path without the locale (`<Link href="/news/x">`);
//   it adds the request's locale. Another locale: `locale={other}`.
// - Pages, layouts and route handlers redirect with this `redirect`/`permanentRedirect`
//   (`{ href, locale }`; write `return redirect(...)` where narrowing matters), never next/navigation's.
// - Where a string is needed (hreflang maps, sitemap, e-mails, `next=`, NextResponse.redirect,
//   revalidatePath), `getPathname({ locale, href })`: a pure function, fine outside Next too.
// - Helpers and components that take hrefs take paths without the locale. `/api/…`, `/media/…`,
//   external and mailto: links stay plain `<a>`.
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, redirect, permanentRedirect, usePathname, useRouter, getPathname } = createNavigation(routing);
