import { INTL_LOCALE, type Locale } from './locale.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats an ISO date (`2025-03-14`) or date-time. A date without a time is a calendar
 * day, so it is read and printed in UTC: the viewer's time zone must not move it.
 */
export function formatDate(
  iso: string,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const dateOnly = DATE_ONLY.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO date: ${iso}`);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], dateOnly ? { ...options, timeZone: 'UTC' } : options).format(
    date,
  );
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], options).format(value);
}

/** `7,5 uur` / `7.5 hours`. */
export function formatHours(hours: number, locale: Locale): string {
  return formatNumber(hours, locale, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 });
}
