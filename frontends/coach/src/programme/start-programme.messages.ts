import { createMessages } from '@terugkeer/ui';

export const startMessages = createMessages({
  title: { nl: 'Programma starten', en: 'Start the programme' },
  intro: {
    nl: 'Kies de week en vaste dagen. De gesprekken worden voor acht weken ingepland; wie dan al bezet is, krijgt een melding in plaats van een dubbele afspraak.',
    en: 'Choose the week and fixed days. The talks are planned for eight weeks; where someone is already busy you get a notice instead of a double booking.',
  },
  startDate: { nl: 'Startdatum', en: 'Start date' },
  startDateHint: { nl: 'Week 1 is de week waarin deze dag valt.', en: 'Week 1 is the week this day falls in.' },
  reflectionDay: { nl: 'Dag van het reflectiegesprek', en: 'Day of the reflection talk' },
  dialogueDays: { nl: 'Twee dagen voor de dialooggesprekken', en: 'Two days for the dialogue talks' },
  dialogueDaysError: { nl: 'Kies precies twee dagen.', en: 'Choose exactly two days.' },
  startTime: { nl: 'Begintijd', en: 'Start time' },
  startTimeHint: { nl: 'Bijvoorbeeld 09:00.', en: 'For example 09:00.' },
  location: { nl: 'Waar', en: 'Where' },
  colleague: { nl: 'Collega bij de dialooggesprekken', en: 'Colleague in the dialogue talks' },
  colleagueHint: {
    nl: 'Iemand van de eigen afdeling met wie de medewerker het werk bespreekt.',
    en: "Someone from the employee's department to talk about the work with.",
  },
  noColleague: { nl: 'Nog niet gekozen', en: 'Not chosen yet' },
  start: { nl: 'Programma starten', en: 'Start the programme' },
  required: { nl: 'Vul dit in.', en: 'Fill this in.' },
  started: { nl: 'Het programma is gestart.', en: 'The programme has started.' },
});
