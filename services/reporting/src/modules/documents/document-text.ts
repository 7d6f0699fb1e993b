import { calendarDateIn, formatLongDate, labelOf, REINTEGRATION_PLAN_NAME, type Labels } from '@terugkeer/domain';
import type { DocumentFacts } from './case-document.types';
import { documentLabels } from './document-labels';
import type { DocumentLanguage } from './document-language';
import type { PdfOptions } from './pdf-writer';

type DocumentLabel = keyof typeof documentLabels;

const LANGUAGE_TAG: Record<DocumentLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

export interface DocumentText {
  t(key: DocumentLabel, params?: Record<string, string | number>): string;
  /** A calendar date as `4 december 2026`. */
  date(iso: string | null | undefined): string;
  /** The case's calendar day of a moment, as `4 december 2026`. */
  dayOf(instant: string): string;
  label(catalogue: Labels, code: string | null | undefined): string;
  number(value: number): string;
  /** "Plan van aanpak" in the Netherlands, "re-integratieplan" in Belgium. */
  planTitle: string;
  pdfOptions(title: string, footerTitle?: string): PdfOptions;
}

/** The words and formats of one document: its language, and the case's jurisdiction and zone. */
export function documentText(language: DocumentLanguage, facts: DocumentFacts): DocumentText {
  const t = (key: DocumentLabel, params: Record<string, string | number> = {}) =>
    documentLabels[key][language].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  const date = (iso: string | null | undefined) => formatLongDate(iso, language);
  const planTitle = REINTEGRATION_PLAN_NAME[facts.jurisdiction][language];
  const who = [facts.name, facts.employeeNumber].filter(Boolean).join(', ') || facts.caseId;
  return {
    t,
    date,
    dayOf: (instant) => date(calendarDateIn(facts.timeZone, instant)),
    label: (catalogue, code) => labelOf(catalogue, code, language),
    number: (value) => new Intl.NumberFormat(LANGUAGE_TAG[language], { maximumFractionDigits: 1 }).format(value),
    planTitle,
    pdfOptions: (title, footerTitle = title) => ({
      title: `${title} – ${who}`,
      footer: `${footerTitle} – ${who}`,
      language: LANGUAGE_TAG[language],
      pageNumbers: (page, pages) => t('page', { page, pages }),
    }),
  };
}
