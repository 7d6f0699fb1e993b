import { fromDayNumber, toDayNumber, type IsoDate } from '../calendar/iso-date';
import type { LocalDateTime } from '../calendar/time-zone';

const MINUTES_PER_DAY = 1440;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of `HH:MM`. */
export function timeToMinutes(time: string): number {
  const match = TIME.exec(time);
  if (!match) throw new RangeError(`Not a time (HH:MM): ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function minutesToTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  return `${String(h).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes since 1970-01-01T00:00 of a local date-time; only used to compare and add. */
export function toMinutes(value: LocalDateTime): number {
  const [date, time, ...rest] = value.split('T');
  if (time === undefined || rest.length > 0) throw new RangeError(`Not a local date-time (YYYY-MM-DDTHH:MM): ${value}`);
  return toDayNumber(date) * MINUTES_PER_DAY + timeToMinutes(time);
}

export function fromMinutes(minutes: number): LocalDateTime {
  const day = Math.floor(minutes / MINUTES_PER_DAY);
  return `${fromDayNumber(day)}T${minutesToTime(minutes - day * MINUTES_PER_DAY)}`;
}

export function at(date: IsoDate, time: string): LocalDateTime {
  return fromMinutes(toDayNumber(date) * MINUTES_PER_DAY + timeToMinutes(time));
}

export function datePart(value: LocalDateTime): IsoDate {
  return fromMinutes(toMinutes(value)).slice(0, 10);
}

export interface Slot {
  start: number;
  end: number;
}

/** Half-open intervals: back-to-back slots do not overlap. */
export function overlaps(a: Slot, b: Slot): boolean {
  return a.start < b.end && b.start < a.end;
}

export function toSlot(interval: { start: LocalDateTime; end: LocalDateTime }): Slot {
  const slot = { start: toMinutes(interval.start), end: toMinutes(interval.end) };
  if (slot.end <= slot.start) throw new RangeError(`Interval ends before it starts: ${interval.start}..${interval.end}`);
  return slot;
}
