// A cluster without a logo gets its initials, so the directory stays scannable.
// An acronym the name already carries ("(OKIP)", "PIKMED") wins over computed initials.
export function monogramOf(name: string): string {
  const words = name
    .replace(/\[.*?\]/g, "")
    .split(/[\s()]+/)
    .filter(Boolean);
  const acronym = words.find((w) => /^\p{Lu}{2,6}$/u.test(w));
  if (acronym) return acronym;
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .slice(0, 3)
    .map((w) => w[0])
    .join("");
}

const sizes = {
  md: { box: "h-14 w-14", text: ["text-lg", "text-xs"] },
  lg: { box: "h-24 w-24", text: ["text-3xl", "text-lg"] },
} as const;

export function Monogram({ name, size = "md" }: { name: string; size?: keyof typeof sizes }) {
  const initials = monogramOf(name);
  const { box, text } = sizes[size];
  return (
    <span
      aria-hidden="true"
      className={`grid shrink-0 place-items-center rounded-lg bg-brand-100 font-bold tracking-tight text-brand-800 ${box} ${initials.length > 4 ? text[1] : text[0]}`}
    >
      {initials || "•"}
    </span>
  );
}
