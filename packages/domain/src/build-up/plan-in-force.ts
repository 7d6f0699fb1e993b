import { compareIsoDates, type IsoDate } from '../calendar/iso-date';
import type { PlannedWeek } from './hour-agreements';

export interface PlanVersionInForce {
  version: number;
  /** Monday of the week the version was adopted (signed or set). */
  adoptedWeek: IsoDate;
  weeks: PlannedWeek[];
}

export type WeekInForce = PlannedWeek & { planVersion: number };

const later = (a: IsoDate, b: IsoDate) => (compareIsoDates(a, b) >= 0 ? a : b);

/**
 * Each week measured against the plan in force that week. A version is in force from the later
 * of the week it was adopted and its own first week, until a newer version takes over; a week
 * before every version took force keeps the first version that planned it. Weeks the plan in
 * force does not (or no longer) plan are left out.
 */
export function weeksInForce(versions: readonly PlanVersionInForce[]): WeekInForce[] {
  const sorted = [...versions].filter((v) => v.weeks.length > 0).sort((a, b) => a.version - b.version);
  const startOf = (v: PlanVersionInForce) => later(v.adoptedWeek, [...v.weeks].sort((a, b) => compareIsoDates(a.weekStart, b.weekStart))[0].weekStart);
  const allWeeks = [...new Set(sorted.flatMap((v) => v.weeks.map((w) => w.weekStart)))].sort(compareIsoDates);
  return allWeeks.flatMap((weekStart) => {
    const inForce =
      sorted.filter((v) => compareIsoDates(startOf(v), weekStart) <= 0).at(-1) ?? sorted.find((v) => v.weeks.some((w) => w.weekStart === weekStart));
    const week = inForce?.weeks.find((w) => w.weekStart === weekStart);
    return inForce && week ? [{ ...week, planVersion: inForce.version }] : [];
  });
}
