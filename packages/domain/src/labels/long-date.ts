import type { LabelLocale } from './label';

const INTL_LOCALE: Record<LabelLocale, string> = { nl: 'nl-NL', en: 'en-GB' };
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `2026-12-04` → `4 december 2026` (or `4 December 2026`); read in UTC so no time zone moves the day. Anything else is returned as given. */
export function formatLongDate(iso: string | null | undefined, locale: LabelLocale): string {
  if (!iso) return '';
  if (!DATE_ONLY.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
