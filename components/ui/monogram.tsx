// A cluster without a logo gets its initials, so the directory stays scannable.
// An acronym the name already carries ("(OKIP)", "PIKMED") wins over computed initials.
export function monogramOf(name: string): string {
  const words = name.replace(/\[.*?\]/g, "").split(/[\s()]+/).filter(Boolean);
  const acronym = words.find((w) => /^\p{Lu}{2,6}$/u.test(w));
  if (acronym) return acronym;
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .slice(0, 3)
    .map((w) => w[0])
    .join("");
}

export function Monogram({ name, className }: { name: string; className?: string }) {
  const initials = monogramOf(name);
  return (
    <span
      aria-hidden="true"
      className={`grid shrink-0 place-items-center rounded-lg bg-brand-100 font-bold tracking-tight text-brand-800 ${className ?? `h-14 w-14 ${initials.length > 4 ? "text-xs" : "text-lg"}`}`}
    >
      {initials || "•"}
    </span>
  );
}
