import { createMessages } from '@terugkeer/ui';

export const errorMessages = createMessages({
  conflict: {
    nl: 'Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwste versie en probeer het opnieuw.',
    en: 'Someone else changed this in the meantime. Look at the latest version and try again.',
  },
  notFound: { nl: 'Dit is niet (meer) beschikbaar of je hebt er geen toegang toe.', en: 'This is not (or no longer) available, or you have no access to it.' },
  forbidden: { nl: 'Dit mag je in je rol niet doen.', en: 'Your role does not allow this.' },
  unauthenticated: { nl: 'Je sessie is verlopen. Log opnieuw in.', en: 'Your session has ended. Please log in again.' },
  tooLarge: { nl: 'Dit is te groot om te versturen.', en: 'This is too large to send.' },
  unreachable: {
    nl: 'Terugkeer is nu niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
    en: 'Terugkeer cannot be reached right now. Check your connection and try again.',
  },
  unexpected: { nl: 'Er ging iets mis. Probeer het opnieuw.', en: 'Something went wrong. Please try again.' },
});
