import { addDays, compareIsoDates, daysBetween, type IsoDate } from '../calendar/iso-date';
import { mondayOf } from '../calendar/iso-date';
import { datePart } from './local-date-time';
import type { ProgrammeProgress, TrackedSession } from './types';

/** Where the programme stands on `today`. The weeks are derived from the sessions themselves. */
export function programmeProgress(sessions: TrackedSession[], today: IsoDate): ProgrammeProgress {
  let held = 0;
  let missed = 0;
  let remaining = 0;
  let unrecorded = 0;
  for (const session of sessions) {
    if (session.status === 'HELD') held++;
    else if (session.status === 'CANCELLED' || session.status === 'NO_SHOW') missed++;
    else if (compareIsoDates(datePart(session.start), today) >= 0) remaining++;
    else unrecorded++;
  }
  return { held, missed, remaining, unrecorded, currentWeek: currentWeek(sessions, today) };
}

function currentWeek(sessions: TrackedSession[], today: IsoDate): number | null {
  if (sessions.length === 0) return null;
  const first = sessions[0];
  const firstMonday = addDays(mondayOf(datePart(first.start)), -7 * (first.week - 1));
  const lastWeek = Math.max(...sessions.map((s) => s.week));
  const week = Math.floor(daysBetween(firstMonday, today) / 7) + 1;
  return week >= 1 && week <= lastWeek ? week : null;
}
