import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  title: { nl: 'Mijn opbouw in uren', en: 'My build-up in hours' },
  intro: {
    nl: 'Gepland volgens het plan van aanpak, en wat je werkelijk werkte. Vul je uren per week in.',
    en: 'Planned in the plan of action, and what you actually worked. Enter your hours per week.',
  },
  loading: { nl: 'Je opbouw wordt geladen…', en: 'Loading your build-up…' },
  error: { nl: 'Je opbouw kon niet worden geladen.', en: 'Your build-up could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  none: { nl: 'Er is nog geen opbouwschema.', en: 'There is no build-up schedule yet.' },
  chart: { nl: 'Uren per week', en: 'Hours per week' },
  chartDescription: {
    nl: 'Geplande en gewerkte uren per week; elke week tegen het plan dat die week gold.',
    en: 'Planned and worked hours per week; each week against the plan in force that week.',
  },
  planVersionFrom: { nl: 'vanaf hier plan versie {version}', en: 'from here plan version {version}' },
  planned: { nl: 'Gepland', en: 'Planned' },
  actual: { nl: 'Gewerkt', en: 'Worked' },
  week: { nl: 'Week van', en: 'Week of' },
  enter: { nl: 'Uren invullen', en: 'Enter hours' },
  weekField: { nl: 'Week', en: 'Week' },
  hoursField: { nl: 'Gewerkte uren', en: 'Hours worked' },
  save: { nl: 'Opslaan', en: 'Save' },
  nothingEntered: { nl: 'Voor deze week heb je nog niets ingevuld.', en: 'You have not entered anything for this week yet.' },
  alreadyEntered: {
    nl: 'Al ingevuld voor deze week: {hours} uur. Pas het hieronder aan als het niet klopt.',
    en: 'Already entered for this week: {hours} hours. Change it below if it is not right.',
  },
  saved: { nl: 'Je uren zijn opgeslagen.', en: 'Your hours are saved.' },
  alerts: { nl: 'Signalen bij je opbouw', en: 'Signals in your build-up' },
  BELOW_PLAN: { nl: 'Twee weken achter elkaar minder uren dan gepland', en: 'Two weeks in a row fewer hours than planned' },
  NO_RISE: { nl: 'Je uren stijgen niet terwijl het plan oploopt', en: 'Your hours do not rise while the plan does' },
  FALL_BACK: { nl: 'Je uren zijn teruggevallen', en: 'Your hours fell back' },
  FASTER_THAN_ADVICE: { nl: 'Sneller opgebouwd dan het advies: let op terugval', en: 'Built up faster than advised: watch for relapse' },
});
