import { createMessages } from '@terugkeer/ui';

export const oidcMessages = createMessages({
  loginTitle: { nl: 'Inloggen', en: 'Log in' },
  loginIntro: {
    nl: 'Log in met het account van je organisatie. Je gaat even naar de inlogpagina en komt daarna hier terug.',
    en: "Log in with your organization's account. You briefly go to the login page and then come back here.",
  },
  loginButton: { nl: 'Inloggen', en: 'Log in' },
  expired: {
    nl: 'Je sessie is verlopen. Log opnieuw in om verder te gaan; wat je had opgeslagen is bewaard.',
    en: 'Your session has ended. Log in again to continue; what you saved has been kept.',
  },
  loggedOut: { nl: 'Je bent uitgelogd.', en: 'You have logged out.' },
  providerUnreachable: {
    nl: 'De inlogpagina is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
    en: 'The login page cannot be reached right now. Please try again in a few minutes.',
  },
  callbackTitle: { nl: 'Je wordt ingelogd', en: 'Logging you in' },
  callbackLoading: { nl: 'Even geduld, je wordt ingelogd…', en: 'One moment, logging you in…' },
  callbackFailed: {
    nl: 'Inloggen is niet gelukt. Er is niets veranderd; probeer het opnieuw.',
    en: 'Logging in did not work. Nothing has changed; please try again.',
  },
  tryAgain: { nl: 'Opnieuw inloggen', en: 'Log in again' },
  notConfiguredTitle: { nl: 'Inloggen is nog niet ingericht', en: 'Login is not set up yet' },
  notConfigured: {
    nl: 'Deze omgeving kent nog geen inlogdienst. Neem contact op met de beheerder van Terugkeer in je organisatie.',
    en: 'This environment has no login service yet. Please contact the Terugkeer administrator of your organization.',
  },
});
