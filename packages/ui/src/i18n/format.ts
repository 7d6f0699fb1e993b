import { INTL_LOCALE, type Locale } from './locale.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats a calendar date (`2025-03-14`), read and printed in UTC so that the viewer's
 * time zone cannot move the day. A moment (`2025-03-14T23:30:00Z`) is refused: which day
 * it fell on depends on the zone, so the frontend kit's `formatDateOf` formats it.
 */
export function formatDate(iso: string, locale: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (!DATE_ONLY.test(iso) || Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${iso}`);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], options).format(value);
}

/** `7,5 uur` / `7.5 hours`. */
export function formatHours(hours: number, locale: Locale): string {
  return formatNumber(hours, locale, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 });
}
