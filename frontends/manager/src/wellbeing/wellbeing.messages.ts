import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  title: { nl: 'Wat de werknemer met je deelt', en: 'What the employee shares with you' },
  intro: {
    nl: 'Het verloop van de check-ins en het signaleringsplan zie je alleen als de werknemer dat met je deelt. Losse antwoorden en notities zie je nooit.',
    en: 'You see the course of the check-ins and the relapse-prevention plan only when the employee shares them with you. You never see single answers or notes.',
  },
  loading: { nl: 'Dossiers worden geladen…', en: 'Loading cases…' },
  error: { nl: 'De dossiers konden niet worden geladen.', en: 'The cases could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  noCases: { nl: 'Er zijn geen dossiers.', en: 'There are no cases.' },
  caseField: { nl: 'Medewerker', en: 'Employee' },
  trendSection: { nl: 'Verloop van de check-ins', en: 'Course of the check-ins' },
  trend: { nl: 'Verloop per week van {name}', en: 'Course per week of {name}' },
  trendDescription: {
    nl: 'Energie, en wat het werk vraagt tegenover wat het geeft, gemiddeld per week (schaal 1 tot 10).',
    en: 'Energy, and what work asks against what it gives, averaged per week (scale 1 to 10).',
  },
  week: { nl: 'Week van', en: 'Week of' },
  seriesEnergy: { nl: 'Energie', en: 'Energy' },
  seriesDemands: { nl: 'Wat het werk vraagt', en: 'What work asks' },
  seriesResources: { nl: 'Wat het werk geeft', en: 'What work gives' },
  band: { nl: 'Vraagt meer dan het geeft', en: 'Asks more than it gives' },
  noTrendYet: { nl: '{name} deelt het verloop, maar heeft nog niet ingecheckt.', en: '{name} shares the course but has not checked in yet.' },
  trendNotShared: { nl: '{name} deelt het verloop van de check-ins niet met je.', en: '{name} does not share the course of the check-ins with you.' },
  relapsePlan: { nl: 'Signaleringsplan', en: 'Relapse-prevention plan' },
  noPlanYet: { nl: '{name} deelt het signaleringsplan, maar het is er nog niet.', en: '{name} shares the relapse-prevention plan, but there is none yet.' },
  planNotShared: { nl: '{name} deelt het signaleringsplan niet met je.', en: '{name} does not share the relapse-prevention plan with you.' },
});
