import { createMessages } from '@terugkeer/ui';

export const todoMessages = createMessages({
  title: { nl: 'Wat er voor je klaarstaat', en: 'What is waiting for you' },
  none: { nl: 'Er staat nu niets voor je klaar.', en: 'Nothing is waiting for you now.' },
  SIGN_ACTION_PLAN: { nl: 'Je plan van aanpak wacht op je handtekening.', en: 'Your plan of action is waiting for your signature.' },
  AGREE_RELAPSE_PLAN: { nl: 'Je terugvalpreventieplan wacht op je akkoord.', en: 'Your relapse-prevention plan is waiting for your agreement.' },
  VALIDATE_SUMMARIES: {
    nl: 'Samenvattingen van gesprekken om na te lezen en goed te keuren: {count}.',
    en: 'Summaries of talks to read and approve: {count}.',
  },
  CHECK_IN: {
    nl: 'Je hebt deze week nog geen check-in gedaan. Het duurt minder dan een minuut.',
    en: 'You have not checked in this week yet. It takes less than a minute.',
  },
  ENTER_HOURS: { nl: 'Weken van je opbouw zonder ingevulde uren: {count}.', en: 'Weeks of your build-up without hours entered: {count}.' },
  'open-check-in': { nl: 'Naar check-in', en: 'Go to check-in' },
  'open-plans': { nl: 'Naar mijn plannen', en: 'Go to my plans' },
  'open-sessions': { nl: 'Naar gesprekken', en: 'Go to talks' },
  'open-hours': { nl: 'Naar mijn uren', en: 'Go to my hours' },
});
