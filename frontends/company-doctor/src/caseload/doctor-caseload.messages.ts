import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  title: { nl: 'Mijn dossiers', en: 'My caseload' },
  intro: { nl: 'Dossiers waaraan je bent toegewezen, bij alle werkgevers.', en: 'Cases assigned to you, across employers.' },
  loading: { nl: 'Dossiers worden geladen…', en: 'Loading cases…' },
  error: { nl: 'De dossiers konden niet worden geladen.', en: 'The cases could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  empty: { nl: 'Er zijn geen dossiers aan je toegewezen.', en: 'No cases are assigned to you.' },
  caption: { nl: 'Toegewezen dossiers', en: 'Assigned cases' },
  employee: { nl: 'Werknemer', en: 'Employee' },
  employer: { nl: 'Werkgever', en: 'Employer' },
  phase: { nl: 'Fase', en: 'Phase' },
  week: { nl: 'Verzuimweek', en: 'Week of absence' },
  analysis: { nl: 'Probleemanalyse', en: 'Problem analysis' },
  analysisDueIn: { nl: 'uiterlijk over {days} dagen', en: 'due in {days} days' },
  analysisOverdue: { nl: '{days} dagen te laat', en: '{days} days overdue' },
  analysisNotDue: { nl: '—', en: '—' },
});
