import { createMessages } from '@terugkeer/ui';

export const analystMessages = createMessages({
  title: { nl: 'Analyse: cijfers van de organisatie', en: 'Analytics: the organization’s figures' },
  intro: {
    nl: 'Als analist zie je alleen totalen: per organisatie, afdeling en periode. Nooit een persoon, een dossier, een naam of een datum van één dossier. Groepen kleiner dan 5 mensen zijn verborgen.',
    en: 'As an analyst you see totals only: by organization, department and period. Never a person, a case, a name or a single case’s date. Groups of fewer than 5 people are hidden.',
  },
  accessTitle: { nl: 'Toegang voor je BI-tool', en: 'Access for your BI tool' },
  accessClient: {
    nl: 'Een beheerder maakt een serviceaccount aan; het geheim wordt één keer getoond:',
    en: 'An operator creates a service account; its secret is shown once:',
  },
  accessToken: {
    nl: 'Je BI-tool haalt daarmee een token op (OAuth 2.0 client credentials, 15 minuten geldig):',
    en: 'Your BI tool uses it to get a token (OAuth 2.0 client credentials, valid 15 minutes):',
  },
  accessDocs: {
    nl: 'Met dat token vraag je analyticsSeries op via GraphQL, of dezelfde reeks als CSV. Recepten voor curl, Python en Power BI staan in docs/analytics.md.',
    en: 'With that token, ask analyticsSeries over GraphQL, or the same series as CSV. Recipes for curl, Python and Power BI are in docs/analytics.md.',
  },
  seriesTitle: { nl: 'De afgelopen 12 maanden', en: 'The last 12 months' },
  chartTitle: { nl: 'Verzuimpercentage per maand', en: 'Absence percentage by month' },
  chartDescription: { nl: 'Verzuimpercentage van {organization} per maand.', en: 'Absence percentage of {organization} by month.' },
  tableCaption: { nl: 'Verzuim per maand en afdeling', en: 'Absence by month and department' },
  month: { nl: 'Maand', en: 'Month' },
  department: { nl: 'Afdeling', en: 'Department' },
  wholeOrganization: { nl: 'Hele organisatie', en: 'Whole organization' },
  absencePercentage: { nl: 'Verzuim %', en: 'Absence %' },
  newReports: { nl: 'Ziekmeldingen', en: 'Sick reports' },
  suppressed: { nl: 'verborgen (< 5)', en: 'hidden (< 5)' },
  suppressedNote: {
    nl: '“Verborgen” betekent: een groep van minder dan 5 mensen, of de kleinste andere afdeling die anders terug te rekenen zou zijn.',
    en: '“Hidden” means: a group of fewer than 5 people, or the smallest other department that could otherwise be worked out.',
  },
  loading: { nl: 'Cijfers worden geladen…', en: 'Loading figures…' },
  error: { nl: 'De cijfers konden niet worden geladen.', en: 'The figures could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  empty: { nl: 'Er zijn nog geen cijfers.', en: 'There are no figures yet.' },
});
