import { mondayOf, type IsoDate } from '../calendar/iso-date';

/** What the trend reads of one check-in: its day and scores, never its note. */
export interface TrendCheckIn {
  date: IsoDate;
  energy: number;
  demands: number;
  /** Mean of autonomy, recognition and social support. */
  resources: number;
  dip: boolean;
}

/** One ISO week of check-ins, averaged: what a consent for the trend shows. */
export interface CheckInTrendWeek {
  /** Monday of the week. */
  weekStart: IsoDate;
  checkIns: number;
  energy: number;
  demands: number;
  resources: number;
  /** Check-ins in the week that were a dip. */
  dips: number;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Weekly means, oldest week first: the trend without single answers or notes. */
export function weeklyCheckInTrend(checkIns: readonly TrendCheckIn[]): CheckInTrendWeek[] {
  const weeks = new Map<IsoDate, TrendCheckIn[]>();
  for (const checkIn of checkIns) {
    const weekStart = mondayOf(checkIn.date);
    weeks.set(weekStart, [...(weeks.get(weekStart) ?? []), checkIn]);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([weekStart, week]) => ({
      weekStart,
      checkIns: week.length,
      energy: mean(week.map((c) => c.energy)),
      demands: mean(week.map((c) => c.demands)),
      resources: mean(week.map((c) => c.resources)),
      dips: week.filter((c) => c.dip).length,
    }));
}
