import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  sections: { nl: 'Onderdelen', en: 'Sections' },
  cases: { nl: 'Dossiers', en: 'Cases' },
  plan: { nl: 'Plan en termijnen', en: 'Plan and deadlines' },
  buildUp: { nl: 'Opbouw', en: 'Build-up' },
  wellbeing: { nl: 'Verloop en signaleringsplan', en: 'Course and relapse plan' },
  talks: { nl: 'Gesprekken', en: 'Talks' },
  talksIntro: {
    nl: 'Verslagen van gesprekken waarin je meedeed, en wat de medewerker met je deelt.',
    en: 'Reports of talks you took part in, and what the employee shares with you.',
  },
  statistics: { nl: 'Cijfers', en: 'Figures' },
  organization: { nl: 'Poortwachter en kosten', en: 'Compliance and cost' },
  import: { nl: 'Importeren', en: 'Import' },
  pageNotFound: { nl: 'Deze pagina bestaat niet', en: 'This page does not exist' },
  pageNotFoundHint: { nl: 'Kies een van de onderdelen hierboven.', en: 'Pick one of the sections above.' },
});
