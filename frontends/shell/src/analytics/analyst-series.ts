/** One row of `analyticsSeries` as the analyst screen asks for it. */
export interface SeriesRow {
  period: string;
  organization: string;
  departmentId: string | null;
  department: string | null;
  metric: string;
  value: number | null;
  suppressed: boolean;
}

/** One line of the screen's table: a month and a group, with the figures shown. */
export interface SeriesLine {
  key: string;
  period: string;
  department: string | null;
  absencePercentage: number | null;
  newReports: number | null;
  suppressed: boolean;
}

/** Folds the flat rows (one per metric) into a line per period and group, the organization first. */
export function seriesLines(rows: readonly SeriesRow[]): SeriesLine[] {
  const lines = new Map<string, SeriesLine>();
  for (const row of rows) {
    const key = `${row.period}/${row.departmentId ?? ''}`;
    const line = lines.get(key) ?? { key, period: row.period, department: row.department, absencePercentage: null, newReports: null, suppressed: false };
    if (row.metric === 'ABSENCE_PERCENTAGE') line.absencePercentage = row.value;
    if (row.metric === 'NEW_REPORTS') line.newReports = row.value;
    line.suppressed ||= row.suppressed;
    lines.set(key, line);
  }
  return [...lines.values()].sort(
    (a, b) =>
      a.period.localeCompare(b.period) ||
      Number(a.department !== null) - Number(b.department !== null) ||
      (a.department ?? '').localeCompare(b.department ?? ''),
  );
}

/** The first day of the month twelve months back and the last day of the previous month. */
export function lastTwelveMonths(today: Date): { from: string; to: string } {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth();
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  return { from: iso(new Date(Date.UTC(year, month - 12, 1))), to: iso(new Date(Date.UTC(year, month, 0))) };
}
