import { createMessages } from './i18n/messages.js';

/** The design system's own texts. */
export const uiMessages = createMessages({
  required: { nl: 'verplicht', en: 'required' },
  dateHint: { nl: 'Dag-maand-jaar, bijvoorbeeld 04-12-2026.', en: 'Day-month-year, for example 04-12-2026.' },
  datePlaceholder: { nl: 'dd-mm-jjjj', en: 'dd-mm-yyyy' },
  dateFormat: {
    nl: 'Vul een bestaande datum in als dag-maand-jaar, bijvoorbeeld 04-12-2026.',
    en: 'Enter a real date as day-month-year, for example 04-12-2026.',
  },
  dateRange: { nl: 'Kies een datum van {min} tot en met {max}.', en: 'Choose a date from {min} to {max}.' },
  dateFrom: { nl: 'Kies {min} of later.', en: 'Choose {min} or later.' },
  dateUntil: { nl: 'Kies {max} of eerder.', en: 'Choose {max} or earlier.' },
  characterCount: { nl: '{count} tekens', en: '{count} characters' },
  characterCountMax: { nl: '{count} van {max} tekens', en: '{count} of {max} characters' },
  loading: { nl: 'Laden…', en: 'Loading…' },
  busy: { nl: 'Bezig…', en: 'Working…' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  close: { nl: 'Sluiten', en: 'Close' },
  skipToContent: { nl: 'Naar de inhoud', en: 'Skip to content' },
  language: { nl: 'Taal', en: 'Language' },
  toneInfo: { nl: 'Informatie:', en: 'Information:' },
  toneSuccess: { nl: 'Gelukt:', en: 'Success:' },
  toneWarning: { nl: 'Let op:', en: 'Warning:' },
  toneError: { nl: 'Fout:', en: 'Error:' },
  showTable: { nl: 'Toon als tabel', en: 'Show as table' },
  showChart: { nl: 'Toon als grafiek', en: 'Show as chart' },
  period: { nl: 'Periode', en: 'Period' },
  total: { nl: 'Totaal', en: 'Total' },
  alert: { nl: 'Signaal', en: 'Alert' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  noData: { nl: 'Geen gegevens.', en: 'No data.' },
  seriesSummary: {
    nl: '{label}: van {first} naar {last}, laagste {min}, hoogste {max}.',
    en: '{label}: from {first} to {last}, lowest {min}, highest {max}.',
  },
  bandSummary: {
    nl: '{label}: {count} van de {total} punten.',
    en: '{label}: {count} of {total} points.',
  },
  barSummary: {
    nl: '{label}: totaal {total}, hoogste {max} ({category}).',
    en: '{label}: total {total}, highest {max} ({category}).',
  },
  markerSummary: { nl: 'Signalen ({count}): {labels}.', en: 'Alerts ({count}): {labels}.' },
  sparklineSummary: {
    nl: '{label}: {count} waarden, van {first} naar {last}, laagste {min}, hoogste {max}.',
    en: '{label}: {count} values, from {first} to {last}, lowest {min}, highest {max}.',
  },
});
