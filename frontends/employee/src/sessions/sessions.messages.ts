import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  title: { nl: 'Verslagen van gesprekken', en: 'Reports of talks' },
  intro: {
    nl: 'Je coach schrijft na elk gesprek een samenvatting in werktermen. Jij en de andere deelnemers keuren die goed. Pas als jij hem vrijgeeft, ziet je leidinggevende hem.',
    en: 'After each talk your coach writes a summary in work terms. You and the other participants approve it. Only when you release it does your manager see it.',
  },
  loading: { nl: 'Verslagen worden geladen…', en: 'Loading reports…' },
  error: { nl: 'De verslagen konden niet worden geladen.', en: 'The reports could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  none: { nl: 'Er zijn nog geen verslagen.', en: 'There are no reports yet.' },
  release: { nl: 'Vrijgeven aan mijn leidinggevende', en: 'Release to my manager' },
  revoke: { nl: 'Vrijgave intrekken', en: 'Take the release back' },
  participants: { nl: 'Goedkeuring', en: 'Approval' },
  validated: { nl: 'goedgekeurd', en: 'approved' },
  pending: { nl: 'nog niet', en: 'not yet' },
  toValidateTitle: { nl: 'Verslagen om goed te keuren', en: 'Reports to approve' },
  toValidateIntro: {
    nl: 'Gesprekken waar je bij was, bijvoorbeeld als collega in een dialooggesprek. Klopt de samenvatting, keur hem dan goed; zo niet, vraag de coach om een wijziging.',
    en: 'Talks you took part in, for instance as the colleague in a dialogue talk. Approve the summary when it is right; otherwise ask the coach for a change.',
  },
  with: { nl: 'Deelnemers', en: 'Participants' },
  thanks: { nl: 'Dank je, je antwoord is doorgegeven aan de coach.', en: 'Thank you, your answer has been passed on to the coach.' },
});
