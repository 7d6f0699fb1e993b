import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  sections: { nl: 'Onderdelen van mijn dossier', en: 'Parts of my case' },
  overview: { nl: 'Overzicht', en: 'Overview' },
  checkIn: { nl: 'Check-in', en: 'Check-in' },
  plans: { nl: 'Mijn plannen', en: 'My plans' },
  sessions: { nl: 'Gesprekken', en: 'Talks' },
  hours: { nl: 'Mijn uren', en: 'My hours' },
  privacy: { nl: 'Privacy', en: 'Privacy' },
  pageNotFound: { nl: 'Deze pagina bestaat niet', en: 'This page does not exist' },
  pageNotFoundHint: { nl: 'Kies een van de onderdelen hierboven.', en: 'Pick one of the sections above.' },
});
