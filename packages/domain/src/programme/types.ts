import type { IsoDate } from '../calendar/iso-date';
import type { LocalDateTime } from '../calendar/time-zone';

/** ISO weekday of a workday: 1 = Monday … 5 = Friday. */
export type Workday = 1 | 2 | 3 | 4 | 5;

export type SessionKind = 'REFLECTION' | 'DIALOGUE';

export interface BusyInterval {
  start: LocalDateTime;
  /** Exclusive: a session may start at the moment a busy interval ends. */
  end: LocalDateTime;
}

export interface SessionMinutes {
  reflection: number;
  dialogue: number;
}

export interface ProgrammeOptions {
  weeks: number;
  /**
   * Blocks booked in the calendar; they include the employee's preparation, so a week adds up to
   * reflection + 2 × dialogue = 60 + 2 × 90 = 240 minutes, the programme's "about 4 hours a week".
   */
  sessionMinutes: SessionMinutes;
  /** Working hours within which a moved session may be placed (`HH:MM`). */
  dayStart: string;
  dayEnd: string;
  /** Step by which a conflicting session moves later in the day. */
  stepMinutes: number;
}

export const DEFAULT_PROGRAMME_OPTIONS: ProgrammeOptions = {
  weeks: 8,
  sessionMinutes: { reflection: 60, dialogue: 90 },
  dayStart: '09:00',
  dayEnd: '17:00',
  stepMinutes: 60,
};

export interface ProgrammeRequest extends Partial<ProgrammeOptions> {
  /** Any day; week 1 is the ISO week containing it. Days of that week before it are not used. */
  startDate: IsoDate;
  reflectionWeekday: Workday;
  dialogueWeekdays: [Workday, Workday];
  /** Preferred start (`HH:MM`) of every session, within the working hours. */
  startTime: string;
  busy?: BusyInterval[];
  holidays?: IsoDate[];
}

export interface ProgrammeSession {
  /** 1 … weeks. */
  week: number;
  kind: SessionKind;
  start: LocalDateTime;
  end: LocalDateTime;
}

/** A session for which the week had no free slot; reported so a person can solve it, never dropped. */
export interface UnplacedSession {
  week: number;
  kind: SessionKind;
  preferredStart: LocalDateTime;
  reason: 'NO_FREE_SLOT';
}

export interface Programme {
  sessions: ProgrammeSession[];
  unplaced: UnplacedSession[];
}

export type SessionStatus = 'PLANNED' | 'HELD' | 'CANCELLED' | 'NO_SHOW';

export interface TrackedSession extends ProgrammeSession {
  status: SessionStatus;
}

export interface ProgrammeProgress {
  held: number;
  /** Cancelled or no-show. */
  missed: number;
  /** Planned from today on. */
  remaining: number;
  /** Planned before today and never marked held, cancelled or no-show. */
  unrecorded: number;
  /** Programme week that contains today; null before week 1 or after the last week. */
  currentWeek: number | null;
}

export type RescheduleRejection = 'OUTSIDE_WEEK' | 'OUTSIDE_WORKING_HOURS' | 'HOLIDAY' | 'CONFLICT';

export type RescheduleResult<T extends ProgrammeSession> = { ok: true; sessions: T[] } | { ok: false; reason: RescheduleRejection };
