import { instantFromLocal, localDateTimeIn, PLATFORM_TIME_ZONE, todayIn, type TimeZone } from '@terugkeer/domain';

/**
 * Screens show and take times on the platform's calendar (Europe/Amsterdam), whatever the
 * browser's zone: the services place appointments and date the dossier there too. These
 * helpers go through the domain's clock; a screen that knows another zone passes it.
 */

/** The local date (YYYY-MM-DD) and time (HH:MM) of an instant. */
export function localDateTime(iso: string | Date, zone: TimeZone = PLATFORM_TIME_ZONE): { date: string; time: string } {
  const local = localDateTimeIn(zone, iso);
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** The instant of a local date and time, as ISO 8601 with Z. */
export function instantOfLocal(date: string, time: string, zone: TimeZone = PLATFORM_TIME_ZONE): string {
  return instantFromLocal(zone, `${date}T${time}`).toISOString();
}

/** Today's local date. */
export const localToday = (now: Date = new Date(), zone: TimeZone = PLATFORM_TIME_ZONE) => todayIn(zone, now);
