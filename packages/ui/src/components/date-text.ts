const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** `4-12-2026`, `04/12/2026`, `4.12.2026` or `2026-12-04` → `2026-12-04`; null for anything that is no day of the calendar. */
export function parseDateText(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  const dmy = DAY_MONTH_YEAR.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]].map(Number) : dmy ? [dmy[3], dmy[2], dmy[1]].map(Number) : [];
  if (year === undefined) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `2026-12-04` → `04-12-2026`, day-month-year as the Netherlands and Belgium write it; anything else as given. */
export function formatDateText(iso: string): string {
  const match = ISO.exec(iso);
  return match ? `${pad(Number(match[3]))}-${pad(Number(match[2]))}-${match[1]}` : iso;
}
