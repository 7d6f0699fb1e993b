import { addDays, daysBetween, type IsoDate } from '../calendar/iso-date';
import type { Period } from './types';

export function assertPeriod(period: Period): void {
  if (daysBetween(period.from, period.to) < 0) {
    throw new RangeError(`Period ends before it starts: ${period.from}..${period.to}`);
  }
}

/** Number of days in the period, both ends included. */
export function periodLength(period: Period): number {
  assertPeriod(period);
  return daysBetween(period.from, period.to) + 1;
}

function firstOfNextMonth(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The calendar months that intersect the period, each clipped to it. */
export function calendarMonths(period: Period): Period[] {
  assertPeriod(period);
  const months: Period[] = [];
  for (let from = period.from; from <= period.to; from = firstOfNextMonth(from)) {
    const lastOfMonth = addDays(firstOfNextMonth(from), -1);
    months.push({ from, to: lastOfMonth < period.to ? lastOfMonth : period.to });
  }
  return months;
}

export function isCalendarQuarter(period: Period): boolean {
  assertPeriod(period);
  const year = period.from.slice(0, 4);
  const quarters: Period[] = [
    { from: `${year}-01-01`, to: `${year}-03-31` },
    { from: `${year}-04-01`, to: `${year}-06-30` },
    { from: `${year}-07-01`, to: `${year}-09-30` },
    { from: `${year}-10-01`, to: `${year}-12-31` },
  ];
  return quarters.some((q) => q.from === period.from && q.to === period.to);
}
