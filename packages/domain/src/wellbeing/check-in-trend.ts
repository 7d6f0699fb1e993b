import { mondayOf, type IsoDate } from '../calendar/iso-date';

/** What the trend reads of one check-in: its day and scores, never its note. */
export interface TrendCheckIn {
  date: IsoDate;
  energy: number;
  demands: number;
  /** Mean of autonomy, recognition and social support. */
  resources: number;
  /** Absent where a read model does not keep them. */
  mood?: number;
  sleep?: number;
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
  /** Null where no check-in of the week carries the scale. */
  mood: number | null;
  sleep: number | null;
  /** Check-ins in the week that were a dip. */
  dips: number;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const meanOfKnown = (values: readonly (number | undefined)[]) => {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length > 0 ? mean(known) : null;
};

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
      mood: meanOfKnown(week.map((c) => c.mood)),
      sleep: meanOfKnown(week.map((c) => c.sleep)),
      dips: week.filter((c) => c.dip).length,
    }));
}
