"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

interface NavItem {
  href: string;
  label: string;
  exact?: boolean;
}

// Main navigation (paths without the locale); marks the section the visitor is in with aria-current.
export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
      {items.map((item) => {
        // A section is its path or anything below it: /newsletter is not inside /news.
        const active = item.exact
          ? pathname === item.href
          : pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className="block px-3 py-3 text-sm font-medium text-white hover:bg-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:underline aria-[current=page]:underline-offset-4 sm:text-base"
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
