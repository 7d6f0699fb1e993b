import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  title: { nl: 'Verzuim in mijn team', en: "My team's absence" },
  intro: {
    nl: 'Fase, voortgang en afspraken. Medische gegevens zie je hier nooit.',
    en: 'Phase, progress and appointments. Medical data never shows here.',
  },
  loading: { nl: 'Dossiers worden geladen…', en: 'Loading cases…' },
  error: { nl: 'De dossiers konden niet worden geladen.', en: 'The cases could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  empty: { nl: 'Niemand in je team is verzuimd.', en: 'Nobody in your team is absent.' },
  caption: { nl: 'Dossiers', en: 'Cases' },
  employee: { nl: 'Medewerker', en: 'Employee' },
  department: { nl: 'Afdeling', en: 'Department' },
  phase: { nl: 'Fase', en: 'Phase' },
  firstSickDay: { nl: 'Eerste ziektedag', en: 'First sick day' },
  days: { nl: 'Dagen', en: 'Days' },
  next: { nl: 'Volgende afspraak', en: 'Next appointment' },
  none: { nl: 'Geen', en: 'None' },
  documents: { nl: 'Documenten', en: 'Documents' },
  organizationTitle: { nl: 'Verzuim in de organisatie', en: 'Absence in the organization' },
});
