"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

// The admin's section links (paths without the locale), marking the current one.
export function AdminNav({
  links,
  label,
}: {
  links: { href: string; label: string; exact?: boolean }[];
  label: string;
}) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mt-2">
      <ul className="flex flex-wrap gap-1 lg:flex-col">
        {links.map((link) => {
          const current = link.exact ? pathname === link.href : pathname.startsWith(link.href);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-3 py-2 text-sm font-medium ${current ? "bg-brand-700 text-white" : "text-slate-800 hover:bg-slate-100"}`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
