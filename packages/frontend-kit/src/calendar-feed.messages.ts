import { createMessages } from '@terugkeer/ui';

export const calendarFeedMessages = createMessages({
  title: { nl: 'Afspraken in je eigen agenda', en: 'Appointments in your own calendar' },
  intro: {
    nl: 'Koppel je agenda (Outlook, Google, Apple) aan Terugkeer: je afspraken verschijnen er vanzelf, zonder inhoud van het dossier.',
    en: 'Link your calendar (Outlook, Google, Apple) to Terugkeer: your appointments appear there by themselves, without anything from the case file.',
  },
  create: { nl: 'Agendakoppeling maken', en: 'Create a calendar link' },
  replace: { nl: 'Nieuwe koppeling maken', en: 'Create a new link' },
  replaceHint: { nl: 'Een nieuwe koppeling laat de vorige stoppen.', en: 'A new link stops the previous one.' },
  url: { nl: 'Adres om in je agenda toe te voegen', en: 'Address to add to your calendar' },
  urlHint: { nl: 'Houd dit adres voor jezelf: wie het heeft, ziet je afspraken.', en: 'Keep this address to yourself: whoever has it sees your appointments.' },
  copy: { nl: 'Kopiëren', en: 'Copy' },
  copied: { nl: 'Gekopieerd.', en: 'Copied.' },
  revoke: { nl: 'Koppeling stoppen', en: 'Stop the link' },
  revoked: { nl: 'De koppeling is gestopt; het adres werkt niet meer.', en: 'The link was stopped; the address no longer works.' },
  none: { nl: 'Er was geen koppeling om te stoppen.', en: 'There was no link to stop.' },
  error: { nl: 'Dat lukte niet. Probeer het opnieuw.', en: 'That did not work. Please try again.' },
});
