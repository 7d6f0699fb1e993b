import { addDays, compareIsoDates, isoWeekday, type IsoDate } from '../calendar/iso-date';

/** The contact agreement of a plan of action, as far as it fixes a moment in the week. */
export interface ContactRhythm {
  /** WEEKLY, BIWEEKLY or MONTHLY (every four weeks); anything else fixes no moment. */
  frequency: string;
  /** ISO weekday 1–7; none means no fixed moment. */
  weekday: number | null;
  /** HH:MM local time; none means no fixed moment. */
  time: string | null;
}

const WEEKS_BETWEEN: Record<string, number> = { WEEKLY: 1, BIWEEKLY: 2, MONTHLY: 4 };

/**
 * Local start times (`YYYY-MM-DDTHH:MM`) of the contact moments after `from` up to and
 * including `until`: the first agreed weekday after `from`, then every 1, 2 or 4 weeks.
 */
export function contactMoments(rhythm: ContactRhythm, from: IsoDate, until: IsoDate): string[] {
  const step = WEEKS_BETWEEN[rhythm.frequency.toUpperCase()];
  if (!step || rhythm.weekday === null || rhythm.time === null) return [];
  if (!Number.isInteger(rhythm.weekday) || rhythm.weekday < 1 || rhythm.weekday > 7) throw new RangeError(`Not an ISO weekday: ${rhythm.weekday}`);
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(rhythm.time)) throw new RangeError(`Not a time (HH:MM): ${rhythm.time}`);
  const moments: string[] = [];
  let date = addDays(from, ((rhythm.weekday - isoWeekday(from) + 6) % 7) + 1);
  for (; compareIsoDates(date, until) <= 0; date = addDays(date, 7 * step)) moments.push(`${date}T${rhythm.time}`);
  return moments;
}

/** Mondays of the evaluations every `everyWeeks` weeks after the week of `from`, up to `until`. */
export function evaluationWeeks(everyWeeks: number, from: IsoDate, until: IsoDate): IsoDate[] {
  if (!Number.isInteger(everyWeeks) || everyWeeks < 1) return [];
  const monday = addDays(from, 1 - isoWeekday(from));
  const weeks: IsoDate[] = [];
  for (let week = addDays(monday, 7 * everyWeeks); compareIsoDates(week, until) <= 0; week = addDays(week, 7 * everyWeeks)) weeks.push(week);
  return weeks;
}
