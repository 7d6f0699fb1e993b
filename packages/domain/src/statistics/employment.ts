import { toDayNumber, type IsoDate } from '../calendar/iso-date';
import type { EmploymentPeriod } from './types';

export function partTimeFactor(hoursPerWeek: number, fullTimeHours: number): number {
  if (!(fullTimeHours > 0)) throw new RangeError(`Full-time hours must be positive: ${fullTimeHours}`);
  if (!(hoursPerWeek >= 0)) throw new RangeError(`Contract hours cannot be negative: ${hoursPerWeek}`);
  return hoursPerWeek / fullTimeHours;
}

/** Last day as a day number; open-ended periods run forever. */
export function lastDayNumber(period: EmploymentPeriod): number {
  return period.to === null ? Number.POSITIVE_INFINITY : toDayNumber(period.to);
}

/**
 * Groups periods by person and rejects overlaps: a person counts once per day in
 * the headcount, so two contracts on the same day must be one period with summed hours.
 */
export function employmentByPerson(periods: EmploymentPeriod[]): Map<string, EmploymentPeriod[]> {
  const byPerson = new Map<string, EmploymentPeriod[]>();
  for (const period of periods) {
    if (lastDayNumber(period) < toDayNumber(period.from)) {
      throw new RangeError(`Employment of ${period.personId} ends before it starts: ${period.from}..${period.to}`);
    }
    const list = byPerson.get(period.personId) ?? [];
    list.push(period);
    byPerson.set(period.personId, list);
  }
  for (const [personId, list] of byPerson) {
    list.sort((a, b) => toDayNumber(a.from) - toDayNumber(b.from));
    for (let i = 1; i < list.length; i++) {
      if (toDayNumber(list[i].from) <= lastDayNumber(list[i - 1])) {
        throw new RangeError(`Employment periods of ${personId} overlap at ${list[i].from}`);
      }
    }
  }
  return byPerson;
}

export function employmentOn(periods: EmploymentPeriod[] | undefined, date: IsoDate): EmploymentPeriod | undefined {
  const day = toDayNumber(date);
  return periods?.find((p) => toDayNumber(p.from) <= day && day <= lastDayNumber(p));
}
