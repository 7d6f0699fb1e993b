import type { Locale } from '@terugkeer/ui';

const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A meeting time as people read it: "di 24 nov, 10:00". */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** A calendar day as a heading: "maandag 23 november", with the year when it is not this year's. */
export function formatDay(date: string, locale: Locale, thisYear = new Date().getFullYear()): string {
  const withYear = Number(date.slice(0, 4)) !== thisYear;
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { weekday: 'long', day: 'numeric', month: 'long', ...(withYear && { year: 'numeric' }), timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}
