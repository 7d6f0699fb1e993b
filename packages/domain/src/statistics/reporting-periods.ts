import { addDays, type IsoDate } from '../calendar/iso-date';
import { assertPeriod } from './period';
import type { Period } from './types';

export type Granularity = 'MONTH' | 'QUARTER' | 'YEAR';

export interface LabelledPeriod {
  /** `2025-03`, `2025-Q1` or `2025`. */
  label: string;
  period: Period;
}

const MONTHS_PER: Record<Granularity, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

const firstOfMonth = (year: number, month: number): IsoDate => `${year + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`;

function labelOf(granularity: Granularity, year: number, month: number): string {
  if (granularity === 'YEAR') return String(year);
  if (granularity === 'QUARTER') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The calendar months, quarters or years that meet the period, each clipped to it, in order. */
export function reportingPeriods(period: Period, granularity: Granularity): LabelledPeriod[] {
  assertPeriod(period);
  const step = MONTHS_PER[granularity];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  month -= (month - 1) % step;
  const periods: LabelledPeriod[] = [];
  while (firstOfMonth(year, month) <= period.to) {
    const start = firstOfMonth(year, month);
    const last = addDays(firstOfMonth(year, month + step), -1);
    periods.push({
      label: labelOf(granularity, year, month),
      period: { from: start < period.from ? period.from : start, to: last > period.to ? period.to : last },
    });
    month += step;
    if (month > 12) {
      year += 1;
      month -= 12;
    }
  }
  return periods;
}
