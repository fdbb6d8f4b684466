// A cluster without a logo gets its initials, so the directory stays scannable.
export function Monogram({ name, className }: { name: string; className?: string }) {
  const initials = name
    .replace(/\[.*?\]/g, "")
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .slice(0, 3)
    .map((w) => w[0])
    .join("");
  return (
    <span
      aria-hidden="true"
      className={`grid shrink-0 place-items-center rounded-lg bg-brand-100 font-bold text-brand-800 ${className ?? "h-14 w-14 text-lg"}`}
    >
      {initials || "•"}
    </span>
  );
}
