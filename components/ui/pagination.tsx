import { Link } from "@/lib/i18n/navigation";

interface Props {
  label: string;
  previousLabel: string;
  nextLabel: string;
  statusLabel: string;
  previousHref: string | null;
  nextHref: string | null;
}

// Previous/next pagination; texts arrive translated, hrefs are paths without the locale.
export function Pagination({ label, previousLabel, nextLabel, statusLabel, previousHref, nextHref }: Props) {
  const linkClass = "rounded-md border border-slate-300 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50";
  return (
    <nav aria-label={label} className="mt-10 flex flex-wrap items-center justify-between gap-4">
      {previousHref ? (
        <Link href={previousHref} rel="prev" className={linkClass}>
          ← {previousLabel}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-600">{statusLabel}</p>
      {nextHref ? (
        <Link href={nextHref} rel="next" className={linkClass}>
          {nextLabel} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
