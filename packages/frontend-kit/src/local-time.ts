/**
 * Appointments are planned in Dutch local time, whatever the browser's zone: the services
 * place sessions in Europe/Amsterdam, and so do these helpers.
 */
const ZONE = 'Europe/Amsterdam';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The local date (YYYY-MM-DD) and time (HH:MM) of an instant. */
export function localDateTime(iso: string | Date): { date: string; time: string } {
  const found = Object.fromEntries(parts.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return { date: `${found.year}-${found.month}-${found.day}`, time: `${found.hour}:${found.minute}` };
}

/** The instant of a local date and time, as ISO 8601 with Z. */
export function instantOfLocal(date: string, time: string): string {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  // The zone's offset at that moment, found by reading the guess back in local time.
  const offsetAt = (instant: number) => {
    const local = localDateTime(new Date(instant));
    return Date.parse(`${local.date}T${local.time}:00Z`) - instant;
  };
  const first = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(first)).toISOString();
}

/** Today's local date. */
export const localToday = (now: Date = new Date()) => localDateTime(now).date;
