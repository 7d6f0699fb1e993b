import { addDays, compareIsoDates, daysBetween, type IsoDate } from '../calendar/iso-date';
import type { CaseSpan } from './absence-case';

/**
 * Sick days of the case up to and including `date` (first sick day = 1). Fit gap days
 * do not count; a date in a gap or after recovery keeps the count reached so far; 0 before the case.
 */
export function sickDayNumber(span: CaseSpan, date: IsoDate): number {
  if (date < span.firstSickDay) return 0;
  const end = span.recoveryDate && date >= span.recoveryDate ? span.recoveryDate : addDays(date, 1);
  let count = daysBetween(span.firstSickDay, end);
  for (const gap of span.gaps) {
    const overlapEnd = gap.to < end ? gap.to : end;
    count -= Math.max(0, daysBetween(gap.from, overlapEnd));
  }
  return count;
}

/**
 * Date of the `n`th sick day, assuming the employee stays sick after the last known
 * report; every gap that starts on or before the candidate date pushes it back.
 */
export function dateOfSickDay(span: CaseSpan, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Sick day numbers start at 1, got ${n}`);
  let date = addDays(span.firstSickDay, n - 1);
  for (const gap of [...span.gaps].sort((a, b) => compareIsoDates(a.from, b.from))) {
    if (gap.from <= date) date = addDays(date, gap.days);
  }
  return date;
}
