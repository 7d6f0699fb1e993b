import { isIsoDate, isoWeekday, type IsoDate } from '../calendar/iso-date';
import { mondayOf } from '../calendar/iso-date';
import { datePart, fromMinutes, overlaps, timeToMinutes, toMinutes, toSlot } from './local-date-time';
import { resolveProgrammeOptions } from './programme-options';
import type { LocalDateTime } from '../calendar/time-zone';
import type { BusyInterval, ProgrammeSession, RescheduleResult } from './types';

export interface RescheduleConstraints {
  busy?: BusyInterval[];
  holidays?: IsoDate[];
  dayStart?: string;
  dayEnd?: string;
}

/**
 * Moves one session, keeping its length and programme week; every other session stays where it
 * is and in the same array position, so the weekly pattern of the rest is untouched. A move to
 * another week would leave one week short of a talk and another with one too many, so it is refused.
 */
export function rescheduleKeepingPattern<T extends ProgrammeSession>(
  sessions: T[],
  target: Pick<ProgrammeSession, 'week' | 'kind' | 'start'>,
  newStart: LocalDateTime,
  constraints: RescheduleConstraints = {},
): RescheduleResult<T> {
  const index = sessions.findIndex((s) => s.week === target.week && s.kind === target.kind && s.start === target.start);
  if (index === -1) throw new RangeError(`No ${target.kind} session in week ${target.week} at ${target.start}`);
  const options = resolveProgrammeOptions(constraints);
  const moving = sessions[index];
  const slot = { start: toMinutes(newStart), end: toMinutes(newStart) + toMinutes(moving.end) - toMinutes(moving.start) };
  const date = datePart(newStart);

  if (mondayOf(date) !== mondayOf(datePart(moving.start))) return { ok: false, reason: 'OUTSIDE_WEEK' };
  const startOfDay = toMinutes(`${date}T00:00`);
  if (isoWeekday(date) > 5 || slot.start < startOfDay + timeToMinutes(options.dayStart) || slot.end > startOfDay + timeToMinutes(options.dayEnd)) {
    return { ok: false, reason: 'OUTSIDE_WORKING_HOURS' };
  }
  for (const holiday of constraints.holidays ?? []) {
    if (!isIsoDate(holiday)) throw new RangeError(`Holiday is not an ISO date: ${holiday}`);
    if (holiday === date) return { ok: false, reason: 'HOLIDAY' };
  }
  const others = [...sessions.filter((_, i) => i !== index), ...(constraints.busy ?? [])];
  if (others.some((other) => overlaps(toSlot(other), slot))) return { ok: false, reason: 'CONFLICT' };

  const moved: T = { ...moving, start: fromMinutes(slot.start), end: fromMinutes(slot.end) };
  return { ok: true, sessions: sessions.map((s, i) => (i === index ? moved : s)) };
}
