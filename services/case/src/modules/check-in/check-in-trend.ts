import { addDays, isoWeekday, type IsoDate } from '@terugkeer/domain';
import type { CheckInTrendWeek } from './check-in.types';

interface Scored {
  date: IsoDate;
  energy: number;
  demands: number;
  resources: number;
}

const mondayOf = (date: IsoDate) => addDays(date, 1 - isoWeekday(date));
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Weekly means: the trend without single answers or notes. */
export function weeklyTrend(checkIns: readonly Scored[]): CheckInTrendWeek[] {
  const weeks = new Map<IsoDate, Scored[]>();
  for (const checkIn of checkIns) weeks.set(mondayOf(checkIn.date), [...(weeks.get(mondayOf(checkIn.date)) ?? []), checkIn]);
  return [...weeks.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([weekStart, week]) => ({
      weekStart,
      energy: mean(week.map((c) => c.energy)),
      demands: mean(week.map((c) => c.demands)),
      resources: mean(week.map((c) => c.resources)),
      checkIns: week.length,
    }));
}
