import type { ReactNode } from "react";
import { FormMessage } from "@/components/forms/field";
import { Link } from "@/lib/i18n/navigation";

const linkClass = "font-medium text-brand-700 underline underline-offset-2";

// The head of an admin or member-area page: the title (in the language it is written in), a
// line under it (the version, what the page is for), links (to the public page in a new tab, the
// history and the like), the page's own buttons or its one main link ("New post"), and the banner
// after a save.
export function PageHeader({
  title,
  lang,
  subtitle,
  links = [],
  actions,
  primary,
  saved,
}: {
  title: string;
  lang?: string;
  subtitle?: string;
  /** Paths without the locale; `external` opens a public page in a new tab. */
  links?: { href: string; label: string; external?: boolean }[];
  actions?: ReactNode;
  primary?: { href: string; label: string };
  saved?: string | null;
}) {
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900" lang={lang}>
            {title}
          </h1>
          {subtitle && <p className="mt-1 max-w-3xl text-sm text-slate-600">{subtitle}</p>}
        </div>
        {(links.length > 0 || actions || primary) && (
          <div className="flex flex-wrap items-center gap-3 text-sm">
            {primary && (
              <Link
                href={primary.href}
                className="rounded-md bg-brand-700 px-4 py-2 text-base font-medium text-white hover:bg-brand-800"
              >
                {primary.label}
              </Link>
            )}
            {actions}
            {links.map((link) => (
              <Link
                key={link.href}
                href={link.href}
                className={linkClass}
                {...(link.external && { target: "_blank", rel: "noopener" })}
              >
                {link.label}
              </Link>
            ))}
          </div>
        )}
      </div>
      {saved && <FormMessage status="ok" message={saved} />}
    </>
  );
}
