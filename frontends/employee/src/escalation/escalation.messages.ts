import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  title: { nl: 'Je coach vraagt je instemming', en: 'Your coach asks for your agreement' },
  intro: {
    nl: 'Je coach wil de bedrijfsarts vragen om mee te kijken. Dat gebeurt alleen als jij ermee instemt; tot dan ziet de bedrijfsarts niets.',
    en: 'Your coach would like to ask the company doctor to step in. That happens only if you agree; until then the doctor sees nothing.',
  },
  request: { nl: 'Verzoek van {coach} op {date}', en: 'Request from {coach} on {date}' },
  why: { nl: 'Waarom', en: 'Why' },
  URGENT: { nl: 'Dringend: de bedrijfsarts kijkt binnen een paar dagen mee.', en: 'Urgent: the doctor steps in within a few days.' },
  NORMAL: { nl: 'Bij het volgende spreekuur van de bedrijfsarts.', en: 'At the next consultation hour of the doctor.' },
  agree: { nl: 'Ik stem in: vraag de bedrijfsarts', en: 'I agree: ask the doctor' },
  decline: { nl: 'Liever niet', en: 'Rather not' },
  agreed: { nl: 'Je hebt ingestemd. De bedrijfsarts is gevraagd om mee te kijken.', en: 'You agreed. The company doctor has been asked to step in.' },
  declined: {
    nl: 'Je hebt aangegeven dat je dit liever niet wilt. Je coach ziet je antwoord en bespreekt met je wat wel helpt.',
    en: 'You said you would rather not. Your coach sees your answer and talks with you about what helps instead.',
  },
  conflict: { nl: 'Dit verzoek is net gewijzigd. Bekijk het opnieuw.', en: 'This request has just changed. Please look at it again.' },
});
