import { localDateTime } from '@terugkeer/frontend-kit';

/** The 8 weeks of the on-the-job programme as the coach looks at them: dates, sessions, attendance. */
export const PROGRAMME_WEEKS = 8;

export interface SessionLike {
  id: string;
  startsAt: string;
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
}

const DAY = 86_400_000;
const isoPlusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Monday of the ISO week that contains the date. */
export function mondayOf(iso: string): string {
  const weekday = (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
  return isoPlusDays(iso, -weekday);
}

/** Week 1 is the week that contains the start date; sessions keep their own week number. */
export function programmeWeeks<S extends SessionLike>(startDate: string, sessions: readonly S[], today: string): ProgrammeWeek<S>[] {
  const first = mondayOf(startDate);
  return Array.from({ length: PROGRAMME_WEEKS }, (_, index) => {
    const number = index + 1;
    const monday = isoPlusDays(first, index * 7);
    const own = sessions.filter((s) => (s.programmeWeek ?? weekOf(first, s.startsAt)) === number).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    return {
      number,
      monday,
      friday: isoPlusDays(monday, 4),
      sessions: own,
      isCurrent: today >= monday && today <= isoPlusDays(monday, 6),
      held: own.filter((s) => s.status === 'HELD').length,
      missed: own.filter((s) => s.status === 'NO_SHOW').length,
      planned: own.filter((s) => s.status === 'PLANNED').length,
    };
  });
}

function weekOf(firstMonday: string, startsAt: string): number {
  return Math.floor((Date.parse(`${localDateTime(startsAt).date}T00:00:00Z`) - Date.parse(`${firstMonday}T00:00:00Z`)) / (7 * DAY)) + 1;
}

/** A planned session whose time has come is waiting for the coach to record attendance. */
export const awaitsAttendance = (session: SessionLike, now: Date) => session.status === 'PLANNED' && Date.parse(session.startsAt) <= now.getTime();
