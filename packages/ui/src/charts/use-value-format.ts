import { useLocale } from '../i18n/i18n-provider.js';
import { formatNumber } from '../i18n/format.js';

export type ValueFormat = (value: number) => string;

/** The caller's formatter, or the locale's number format with at most one decimal. */
export function useValueFormat(formatValue: ValueFormat | undefined): ValueFormat {
  const { locale } = useLocale();
  return formatValue ?? ((value) => formatNumber(value, locale, { maximumFractionDigits: 1 }));
}
