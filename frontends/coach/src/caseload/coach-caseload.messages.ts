import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  title: { nl: 'Mijn trajecten', en: 'My caseload' },
  intro: { nl: 'De mensen die je begeleidt, met hun gesprekken.', en: 'The people you coach, with their talks.' },
  loading: { nl: 'Trajecten worden geladen…', en: 'Loading caseload…' },
  error: { nl: 'De trajecten konden niet worden geladen.', en: 'The caseload could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  empty: { nl: 'Je begeleidt nog niemand.', en: 'You are not coaching anyone yet.' },
  caption: { nl: 'Trajecten', en: 'Caseload' },
  employee: { nl: 'Werknemer', en: 'Employee' },
  phase: { nl: 'Fase', en: 'Phase' },
  held: { nl: 'Mijn gesprekken gehouden', en: 'My talks held' },
  planned: { nl: 'Gepland', en: 'Planned' },
  next: { nl: 'Volgend gesprek', en: 'Next talk' },
  none: { nl: 'Geen', en: 'None' },
});
