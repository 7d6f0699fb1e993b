export type Locale = 'nl' | 'en';

export const LOCALES: readonly Locale[] = ['nl', 'en'];
export const DEFAULT_LOCALE: Locale = 'nl';
export const LOCALE_STORAGE_KEY = 'terugkeer.locale';

/** The Intl locale per UI language: Dutch as in the Netherlands, English as in the UK (day-month dates). */
export const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}
