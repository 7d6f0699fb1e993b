export type PeriodKey = 'YEAR_TO_DATE' | 'LAST_12_MONTHS' | 'PREVIOUS_YEAR';

export const PERIOD_KEYS: readonly PeriodKey[] = ['YEAR_TO_DATE', 'LAST_12_MONTHS', 'PREVIOUS_YEAR'];

export interface Period {
  from: string;
  to: string;
}

const iso = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);

/** The reporting periods a manager picks from, as calendar days relative to `today` (ISO); "last 12 months" means the last twelve whole months. */
export function periodFor(key: PeriodKey, today: string): Period {
  const [year, month] = today.split('-').map(Number);
  switch (key) {
    case 'YEAR_TO_DATE':
      return { from: iso(year, 0, 1), to: today };
    case 'LAST_12_MONTHS':
      return { from: iso(year, month - 12, 1), to: iso(year, month - 1, 0) };
    case 'PREVIOUS_YEAR':
      return { from: iso(year - 1, 0, 1), to: iso(year - 1, 11, 31) };
  }
}
