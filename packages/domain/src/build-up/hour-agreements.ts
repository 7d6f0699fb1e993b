import { addDays, compareIsoDates, isoWeekday, type IsoDate } from '../calendar/iso-date';

/** An agreement of the plan of action: from `weekStart` on, these hours each week, until the next agreement. */
export interface HourAgreement {
  weekStart: IsoDate;
  homeHours: number;
  locationHours: number;
  therapeutic: boolean;
  tasks: string[];
}

export type PlannedWeek = HourAgreement;

/**
 * Week-by-week plan from the agreements: every Monday from the first agreement through the
 * last, each taking the latest agreement that started on or before it.
 */
export function expandHourAgreements(agreements: HourAgreement[]): PlannedWeek[] {
  const sorted = [...agreements].sort((a, b) => compareIsoDates(a.weekStart, b.weekStart));
  for (const agreement of sorted) {
    if (isoWeekday(agreement.weekStart) !== 1) throw new RangeError(`Week start ${agreement.weekStart} is not a Monday`);
    if (!(agreement.homeHours >= 0 && agreement.locationHours >= 0)) throw new RangeError('Hours cannot be negative');
  }
  const weeks: PlannedWeek[] = [];
  if (sorted.length === 0) return weeks;
  let index = 0;
  for (let week = sorted[0].weekStart; compareIsoDates(week, sorted[sorted.length - 1].weekStart) <= 0; week = addDays(week, 7)) {
    while (index + 1 < sorted.length && compareIsoDates(sorted[index + 1].weekStart, week) <= 0) index++;
    weeks.push({ ...sorted[index], weekStart: week });
  }
  return weeks;
}
