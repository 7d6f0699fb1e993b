import { createMessages } from '@terugkeer/ui';

export const casePageMessages = createMessages({
  back: { nl: 'Alle dossiers', en: 'All cases' },
  title: { nl: 'Dossier van {name}', en: "{name}'s case" },
  sections: { nl: 'Onderdelen van het dossier', en: 'Sections of the case' },
  loading: { nl: 'Dossier wordt geladen…', en: 'Loading the case…' },
  error: { nl: 'Het dossier kon niet worden geladen.', en: 'The case could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  notFound: { nl: 'Dossier niet gevonden', en: 'Case not found' },
  notFoundHint: {
    nl: 'Dit dossier bestaat niet of je hebt er geen toegang toe. Kies een dossier uit de lijst.',
    en: 'This case does not exist or you have no access to it. Pick a case from the list.',
  },
  sectionNotFound: { nl: 'Dit onderdeel bestaat niet', en: 'This section does not exist' },
  sectionNotFoundHint: { nl: 'Kies een van de onderdelen hierboven.', en: 'Pick one of the sections above.' },
});
