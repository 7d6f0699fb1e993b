import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  title: { nl: 'Mijn privacy', en: 'My privacy' },
  intro: {
    nl: 'Jij bepaalt wie je check-ins en je signaleringsplan ziet. Hier zie je ook wie je dossier heeft ingezien.',
    en: 'You decide who sees your check-ins and your relapse-prevention plan. You also see who looked at your case.',
  },
  loading: { nl: 'Wordt geladen…', en: 'Loading…' },
  error: { nl: 'Dit kon niet worden geladen.', en: 'This could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  consents: { nl: 'Toestemmingen', en: 'Consents' },
  CHECK_IN_TREND: { nl: 'Verloop van mijn check-ins (gemiddeld per week)', en: 'Course of my check-ins (weekly averages)' },
  CHECK_IN_DETAIL: { nl: 'Mijn check-ins per keer, met wat ik nodig heb (zonder mijn notitie)', en: 'Each check-in, with what I need (without my note)' },
  RELAPSE_PLAN: { nl: 'Mijn signaleringsplan', en: 'My relapse-prevention plan' },
  MANAGER: { nl: 'leidinggevende', en: 'manager' },
  COACH: { nl: 'coach', en: 'coach' },
  COMPANY_DOCTOR: { nl: 'bedrijfsarts', en: 'company doctor' },
  grantedFor: { nl: '{what} voor mijn {who}', en: '{what} for my {who}' },
  accessLog: { nl: 'Wie heeft mijn dossier ingezien of gewijzigd', en: 'Who looked at or changed my case' },
  noAccess: { nl: 'Nog niemand anders.', en: 'Nobody else yet.' },
  when: { nl: 'Wanneer', en: 'When' },
  action: { nl: 'Wat er gebeurde', en: 'What happened' },
  export: { nl: 'Mijn gegevens downloaden', en: 'Download my data' },
  exportHint: {
    nl: 'Alles wat over jou is vastgelegd, als JSON-bestand. Medische notities vraag je op bij je bedrijfsarts.',
    en: 'Everything recorded about you, as a JSON file. Ask your company doctor for medical notes.',
  },
});
