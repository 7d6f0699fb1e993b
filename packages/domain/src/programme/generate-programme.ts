import { addDays, compareIsoDates, isIsoDate, mondayOf, type IsoDate } from '../calendar/iso-date';
import { at, fromMinutes, overlaps, timeToMinutes, toMinutes, toSlot, type Slot } from './local-date-time';
import { resolveProgrammeOptions, sessionDuration } from './programme-options';
import type { Programme, ProgrammeOptions, ProgrammeRequest, ProgrammeSession, SessionKind, UnplacedSession, Workday } from './types';

export function assertWorkday(day: number): asserts day is Workday {
  if (!Number.isInteger(day) || day < 1 || day > 5) throw new RangeError(`Not a workday (1 = Monday … 5 = Friday): ${day}`);
}

interface Wanted {
  kind: SessionKind;
  weekday: Workday;
}

/** The preferred workday, then the later ones of the week, then the earlier ones. */
function weekdaysFrom(preferred: Workday): Workday[] {
  const all: Workday[] = [1, 2, 3, 4, 5];
  return [...all.filter((d) => d >= preferred), ...all.filter((d) => d < preferred)];
}

/**
 * First free slot for a session in its week: on the preferred day from the preferred time, then
 * later that day in steps; then each following workday of the same week from the start of the day,
 * then the workdays before the preferred one. A slot must end within working hours and may not
 * touch a holiday, a busy interval or a placed session.
 */
function findSlot(monday: IsoDate, wanted: Wanted, duration: number, request: ProgrammeRequest, options: ProgrammeOptions, taken: Slot[]): Slot | null {
  const dayEnd = timeToMinutes(options.dayEnd);
  for (const weekday of weekdaysFrom(wanted.weekday)) {
    const date = addDays(monday, weekday - 1);
    if (compareIsoDates(date, request.startDate) < 0 || request.holidays?.includes(date)) continue;
    const midnight = toMinutes(at(date, '00:00'));
    const first = timeToMinutes(weekday === wanted.weekday ? request.startTime : options.dayStart);
    for (let time = first; time + duration <= dayEnd; time += options.stepMinutes) {
      const slot = { start: midnight + time, end: midnight + time + duration };
      if (!taken.some((t) => overlaps(t, slot))) return slot;
    }
  }
  return null;
}

/**
 * The 8-week on-the-job recovery programme: per week one individual reflection talk and two
 * dialogue talks on the chosen workdays at the chosen time, moved to the next free slot of the
 * same week on a conflict (later days first, then earlier ones). Sessions that do not fit are returned in `unplaced`.
 */
export function generateProgramme(request: ProgrammeRequest): Programme {
  const options = resolveProgrammeOptions(request);
  [request.reflectionWeekday, ...request.dialogueWeekdays].forEach(assertWorkday);
  const startTime = timeToMinutes(request.startTime);
  if (startTime < timeToMinutes(options.dayStart) || startTime >= timeToMinutes(options.dayEnd)) {
    throw new RangeError(`Start time ${request.startTime} lies outside ${options.dayStart}–${options.dayEnd}`);
  }
  for (const holiday of request.holidays ?? []) {
    if (!isIsoDate(holiday)) throw new RangeError(`Holiday is not an ISO date: ${holiday}`);
  }

  const taken: Slot[] = (request.busy ?? []).map(toSlot);
  const sessions: ProgrammeSession[] = [];
  const unplaced: UnplacedSession[] = [];
  const firstMonday = mondayOf(request.startDate);
  const wanted: Wanted[] = [{ kind: 'REFLECTION', weekday: request.reflectionWeekday }];
  for (const weekday of request.dialogueWeekdays) wanted.push({ kind: 'DIALOGUE', weekday });
  // Placed in weekday order, so earlier days get their preferred slot first.
  wanted.sort((a, b) => a.weekday - b.weekday);

  for (let week = 1; week <= options.weeks; week++) {
    const monday = addDays(firstMonday, 7 * (week - 1));
    for (const want of wanted) {
      const slot = findSlot(monday, want, sessionDuration(want.kind, options.sessionMinutes), request, options, taken);
      if (slot === null) {
        const preferredStart = at(addDays(monday, want.weekday - 1), request.startTime);
        unplaced.push({ week, kind: want.kind, preferredStart, reason: 'NO_FREE_SLOT' });
        continue;
      }
      taken.push(slot);
      sessions.push({ week, kind: want.kind, start: fromMinutes(slot.start), end: fromMinutes(slot.end) });
    }
  }
  return { sessions: sessions.sort((a, b) => toMinutes(a.start) - toMinutes(b.start)), unplaced };
}
