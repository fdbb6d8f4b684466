import { Link } from "@/lib/i18n/navigation";

// A home-page section title with a "see all" link (a path without the locale).
export function SectionHeading({
  id,
  title,
  moreHref,
  moreLabel,
}: {
  id: string;
  title: string;
  moreHref: string;
  moreLabel: string;
}) {
  return (
    <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
      <h2 id={id} className="text-2xl font-bold text-slate-900">
        {title}
      </h2>
      <Link href={moreHref} className="font-medium text-brand-700 underline-offset-4 hover:underline">
        {moreLabel} →
      </Link>
    </div>
  );
}
