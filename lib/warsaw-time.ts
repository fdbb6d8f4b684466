// Editors see and type times in Europe/Warsaw; the database stores UTC.
export const EDITOR_TIME_ZONE = "Europe/Warsaw";

const formatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: EDITOR_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

// The Warsaw wall-clock time of an instant, as a datetime-local value ("2026-11-27T18:30").
export function toWarsawInput(date: Date): string {
  const part = (type: string) => formatter.formatToParts(date).find((p) => p.type === type)?.value ?? "00";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}

// The instant of a Warsaw wall-clock time typed into a datetime-local field; null if invalid.
export function fromWarsawInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Try the offsets Warsaw uses (CET +1, CEST +2); keep the one that reads back as typed.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(wall - offsetHours * 3_600_000);
    if (toWarsawInput(candidate) === value) return candidate;
  }
  return null; // a wall time skipped by the spring clock change, or an impossible date
}
