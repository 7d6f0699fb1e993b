import { isIsoDate } from './iso-date';

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * A moment as ISO 8601 / RFC 3339 with its offset (`2026-03-02T09:30:00Z`,
 * `2026-03-02T10:30+01:00`). The calendar date must exist: JavaScript's own parser turns
 * 30 February into 2 March, which would silently answer about another day.
 */
export function isIsoDateTime(value: string): boolean {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return false;
  const [, date, hours, minutes, seconds = '00', , offsetHours = '00', offsetMinutes = '00'] = match;
  return isIsoDate(date) && Number(hours) < 24 && Number(minutes) < 60 && Number(seconds) < 60 && Number(offsetHours) < 24 && Number(offsetMinutes) < 60;
}
