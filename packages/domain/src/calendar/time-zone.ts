import type { Jurisdiction } from '../case/jurisdiction';
import type { IsoDate } from './iso-date';

/**
 * The dates of this domain are calendar days where the organization is: a check-in made
 * at 00:30 in Amsterdam belongs to that day, not to the UTC day before it. These
 * functions read an instant in a time zone; none of them reads the clock, so a rule can
 * be run at any instant.
 */

/** An IANA time zone name, e.g. `Europe/Amsterdam`. */
export type TimeZone = string;

/** Wall-clock date and time in some zone, `YYYY-MM-DDTHH:MM`, without an offset. */
export type LocalDateTime = string;

/** The zone of what belongs to no organization: the platform's own jobs and its demo data. */
export const PLATFORM_TIME_ZONE: TimeZone = 'Europe/Amsterdam';

const TIME_ZONE_OF_JURISDICTION: Record<Jurisdiction, TimeZone> = {
  NL: 'Europe/Amsterdam',
  BE: 'Europe/Brussels',
};

/** The zone whose calendar days an organization (and each of its cases) lives by. */
export function timeZoneOf(jurisdiction: Jurisdiction): TimeZone {
  return TIME_ZONE_OF_JURISDICTION[jurisdiction];
}

const wallClocks = new Map<TimeZone, Intl.DateTimeFormat>();

function wallClock(zone: TimeZone): Intl.DateTimeFormat {
  let format = wallClocks.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    wallClocks.set(zone, format);
  }
  return format;
}

function toInstant(instant: Date | string): Date {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  return date;
}

/** What a wall clock in `zone` showed at `instant`. */
export function localDateTimeIn(zone: TimeZone, instant: Date | string): LocalDateTime {
  const parts = Object.fromEntries(
    wallClock(zone)
      .formatToParts(toInstant(instant))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year.padStart(4, '0')}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The calendar day `instant` falls on in `zone`. */
export function calendarDateIn(zone: TimeZone, instant: Date | string): IsoDate {
  return localDateTimeIn(zone, instant).slice(0, 10);
}

/** Today in `zone`, at the instant `now` the caller read from its clock. */
export function todayIn(zone: TimeZone, now: Date): IsoDate {
  return calendarDateIn(zone, now);
}

/** A day something happened on cannot lie after today in the zone where it happened. */
export function isAfterToday(date: IsoDate, zone: TimeZone, now: Date): boolean {
  return date > todayIn(zone, now);
}

/** Minutes the wall clock of `zone` is ahead of UTC at `instant`. */
function offsetMinutes(zone: TimeZone, instant: number): number {
  const local = localDateTimeIn(zone, new Date(instant));
  return Math.round((Date.parse(`${local}:00Z`) - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a wall clock in `zone` shows `local`. The offset is read twice so that it
 * settles on the days the clocks change; a time the spring change skips lands an hour later.
 */
export function instantFromLocal(zone: TimeZone, local: LocalDateTime): Date {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) throw new RangeError(`Not a local date-time (YYYY-MM-DDTHH:MM): ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number);
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  const guess = naive - offsetMinutes(zone, naive) * 60_000;
  return new Date(naive - offsetMinutes(zone, guess) * 60_000);
}
