import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  title: { nl: 'Mijn dossier', en: 'My case' },
  intro: { nl: 'Hier zie je waar je staat en wat er gepland is. Neem de tijd.', en: 'Where you stand and what is planned. Take your time.' },
  loading: { nl: 'Je dossier wordt geladen…', en: 'Loading your case…' },
  error: { nl: 'Je dossier kon niet worden geladen.', en: 'Your case could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  noCase: { nl: 'Je hebt geen open dossier.', en: 'You have no open case.' },
  noCaseHint: { nl: 'Fijn! Als je je ziek meldt, zie je hier je traject.', en: 'Good! If you report sick, your trajectory shows here.' },
  phase: { nl: 'Fase', en: 'Phase' },
  firstSickDay: { nl: 'Eerste ziektedag', en: 'First sick day' },
  absenceDays: { nl: 'Dagen sinds eerste ziektedag', en: 'Days since first sick day' },
  nextAppointments: { nl: 'Je volgende afspraken', en: 'Your next appointments' },
  noAppointments: { nl: 'Er staan geen afspraken gepland.', en: 'No appointments are planned.' },
  allAppointments: { nl: 'Alle afspraken tonen ({count}), ook eerdere', en: 'Show all appointments ({count}), past ones too' },
  allAppointmentsCaption: { nl: 'Alle afspraken', en: 'All appointments' },
  with: { nl: 'Met', en: 'With' },
  when: { nl: 'Wanneer', en: 'When' },
  what: { nl: 'Wat', en: 'What' },
  where: { nl: 'Waar', en: 'Where' },
  status: { nl: 'Status', en: 'Status' },
});
