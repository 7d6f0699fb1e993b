import { addDays, daysBetween, mondayOf, weeklyProgrammeMinutes } from '@terugkeer/domain';
import { localDateTime } from '@terugkeer/frontend-kit';

/** The 8 weeks of the on-the-job programme as the coach looks at them: dates, sessions, attendance. */
export const PROGRAMME_WEEKS = 8;

/** The time the programme asks each week: one reflection talk and two dialogue talks, four hours. */
export const PROGRAMME_MINUTES_PER_WEEK = weeklyProgrammeMinutes();

export interface SessionLike {
  id: string;
  startsAt: string;
  endsAt?: string;
  status: string;
  programmeWeek?: number | null;
}

export interface ProgrammeWeek<S extends SessionLike> {
  number: number;
  /** Monday and Friday of the week, ISO dates. */
  monday: string;
  friday: string;
  sessions: S[];
  isCurrent: boolean;
  held: number;
  missed: number;
  planned: number;
  /** Minutes of the week's talks that were held or are still planned. */
  minutes: number;
}

/** Week 1 is the week that contains the start date; sessions keep their own week number. */
export function programmeWeeks<S extends SessionLike>(startDate: string, sessions: readonly S[], today: string): ProgrammeWeek<S>[] {
  const first = mondayOf(startDate);
  return Array.from({ length: PROGRAMME_WEEKS }, (_, index) => {
    const number = index + 1;
    const monday = addDays(first, index * 7);
    const own = sessions.filter((s) => (s.programmeWeek ?? weekOf(first, s.startsAt)) === number).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    return {
      number,
      monday,
      friday: addDays(monday, 4),
      sessions: own,
      isCurrent: today >= monday && today <= addDays(monday, 6),
      held: own.filter((s) => s.status === 'HELD').length,
      missed: own.filter((s) => s.status === 'NO_SHOW').length,
      planned: own.filter((s) => s.status === 'PLANNED').length,
      minutes: own.filter((s) => s.status === 'HELD' || s.status === 'PLANNED').reduce((sum, s) => sum + durationMinutes(s), 0),
    };
  });
}

const durationMinutes = (session: SessionLike) => (session.endsAt ? (Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000 : 0);

function weekOf(firstMonday: string, startsAt: string): number {
  return Math.floor(daysBetween(firstMonday, localDateTime(startsAt).date) / 7) + 1;
}

/** A planned session whose time has come is waiting for the coach to record attendance. */
export const awaitsAttendance = (session: SessionLike, now: Date) => session.status === 'PLANNED' && Date.parse(session.startsAt) <= now.getTime();
