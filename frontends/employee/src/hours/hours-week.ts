/** The day a date falls on where the person is, as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const addDays = (day: string, days: number) =>
  new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + days)).toISOString().slice(0, 10);

/**
 * The week the hours form opens on: the one that holds today. Before the schedule starts
 * that is its first week, after it ends its last: never a week still to come while an
 * earlier one is open, whatever is filled in.
 */
export function weekToEnter(weeks: ReadonlyArray<{ weekStart: string }>, today: string): string | null {
  if (weeks.length === 0) return null;
  const current = weeks.find((w) => w.weekStart <= today && today < addDays(w.weekStart, 7));
  if (current) return current.weekStart;
  const past = weeks.filter((w) => w.weekStart <= today);
  return (past.at(-1) ?? weeks[0]).weekStart;
}
