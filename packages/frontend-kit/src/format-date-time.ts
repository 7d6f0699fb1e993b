import { calendarDateIn, PLATFORM_TIME_ZONE, todayIn, type TimeZone } from '@terugkeer/domain';
import { formatDate, type Locale } from '@terugkeer/ui';

const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A meeting time as people read it: "di 24 nov, 10:00", on the platform's clock unless told otherwise. */
export function formatDateTime(iso: string, locale: Locale, zone: TimeZone = PLATFORM_TIME_ZONE): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  }).format(new Date(iso));
}

/**
 * The day a moment (a signature, an agreement, an escalation) happened on, as a date:
 * "14 maart 2025". The day is the one in the zone, not in UTC or in the browser.
 */
export function formatDateOf(instant: string, locale: Locale, zone: TimeZone = PLATFORM_TIME_ZONE): string {
  return formatDate(calendarDateIn(zone, instant), locale);
}

/** A calendar day as a heading: "maandag 23 november", with the year when it is not this year's. */
export function formatDay(date: string, locale: Locale, thisYear = Number(todayIn(PLATFORM_TIME_ZONE, new Date()).slice(0, 4))): string {
  const withYear = Number(date.slice(0, 4)) !== thisYear;
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear && { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** The clock time of a moment, "09:30", on the platform's clock unless told otherwise. */
export function formatTime(iso: string, locale: Locale, zone: TimeZone = PLATFORM_TIME_ZONE): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(new Date(iso));
}
