import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

// A list of the admin as a table that scrolls inside its box on narrow screens. A column given
// as { hidden } has a header for screen readers only (a column of buttons).
export function AdminTable({
  columns,
  children,
}: {
  columns: readonly (string | { hidden: string })[];
  children: ReactNode;
}) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={typeof column === "string" ? column : column.hidden} scope="col" className="px-3 py-2">
                {typeof column === "string" ? column : <span className="sr-only">{column.hidden}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

const markerTone = { demo: "bg-amber-100 text-amber-900", brand: "bg-brand-50 text-brand-800" } as const;

// The first cell of a row: the record's title (in the language it is written in) linking to
// its editor, and small markers after it ("demo", "umbrella network").
export function TitleCell({
  href,
  title,
  lang = "pl",
  markers = [],
}: {
  href: string;
  title: string;
  lang?: string;
  markers?: { label: string; tone: keyof typeof markerTone }[];
}) {
  return (
    <td className="px-3 py-2">
      <Link href={href} className="font-medium text-brand-700 underline-offset-2 hover:underline" lang={lang}>
        {title}
      </Link>
      {markers.map((marker) => (
        <span key={marker.label} className={`ml-2 rounded px-1.5 text-xs ${markerTone[marker.tone]}`}>
          {marker.label}
        </span>
      ))}
    </td>
  );
}
