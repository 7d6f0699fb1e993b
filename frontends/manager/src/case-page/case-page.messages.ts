import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  overview: { nl: 'Overzicht', en: 'Overview' },
  plan: { nl: 'Plan en termijnen', en: 'Plan and deadlines' },
  buildUp: { nl: 'Opbouw', en: 'Build-up' },
  talks: { nl: 'Gesprekken', en: 'Talks' },
  documents: { nl: 'Documenten', en: 'Documents' },
  department: { nl: 'Afdeling', en: 'Department' },
  phase: { nl: 'Fase', en: 'Phase' },
  firstSickDay: { nl: 'Eerste ziektedag', en: 'First sick day' },
  absence: { nl: 'Verzuimduur', en: 'Absence' },
  daysCount: { nl: '{count} dagen', en: '{count} days' },
  appointments: { nl: 'Afspraken', en: 'Appointments' },
  when: { nl: 'Wanneer', en: 'When' },
  what: { nl: 'Wat', en: 'What' },
  noAppointments: { nl: 'Er zijn geen afspraken.', en: 'There are no appointments.' },
  documentsIntro: {
    nl: 'Het plan van aanpak en de voortgangsrapportage als PDF, zonder medische gegevens.',
    en: 'The plan of action and the progress report as PDF, without medical data.',
  },
});
