import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  title: { nl: 'Opbouw in uren', en: 'Build-up in hours' },
  intro: {
    nl: 'Gepland volgens het plan van aanpak tegenover wat er werkelijk gewerkt is, en of de uren achterblijven bij het plan.',
    en: 'Planned in the plan of action against what was actually worked, and whether the hours lag behind the plan.',
  },
  loading: { nl: 'Wordt geladen…', en: 'Loading…' },
  error: { nl: 'De opbouw kon niet worden geladen.', en: 'The build-up could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  caseField: { nl: 'Medewerker', en: 'Employee' },
  noCases: { nl: 'Er zijn geen lopende dossiers.', en: 'There are no open cases.' },
  none: { nl: 'Voor deze medewerker is nog geen opbouwschema.', en: 'There is no build-up schedule for this employee yet.' },
  chart: { nl: 'Uren per week van {name}', en: 'Hours per week of {name}' },
  planned: { nl: 'Gepland', en: 'Planned' },
  planVersionFrom: { nl: 'vanaf hier plan versie {version}', en: 'from here plan version {version}' },
  actual: { nl: 'Gewerkt', en: 'Worked' },
  week: { nl: 'Week van', en: 'Week of' },
  chartDescription: {
    nl: 'Geplande en gewerkte uren per week; elke week tegen het plan dat die week gold.',
    en: 'Planned and worked hours per week; each week against the plan in force that week.',
  },
  alerts: { nl: 'Uren tegenover het plan', en: 'Hours against the plan' },
  behindPlanOneWeek: {
    nl: 'Achter op het plan: in de laatst ingevulde week (van {week}) {hours} uur minder dan gepland.',
    en: 'Behind plan: {hours} hours fewer than planned in the last entered week (of {week}).',
  },
  behindPlan: {
    nl: 'Achter op het plan: de laatste {count} ingevulde weken (tot de week van {week}) samen {hours} uur minder dan gepland.',
    en: 'Behind plan: the last {count} entered weeks (up to the week of {week}) together {hours} hours fewer than planned.',
  },
  onPlan: { nl: 'De laatst ingevulde week (van {week}) haalt de geplande uren.', en: 'The last entered week (of {week}) reaches the planned hours.' },
  noHoursYet: { nl: 'Er zijn nog geen gewerkte uren ingevuld.', en: 'No worked hours have been entered yet.' },
  alertLine: { nl: 'Week van {week}: {kind} ({actual} van {planned} uur).', en: 'Week of {week}: {kind} ({actual} of {planned} hours).' },
  dip: {
    nl: 'Rond dezelfde tijd gaf de check-in een dip: werkeisen {demands} tegenover hulpbronnen {resources}.',
    en: 'Around the same time the check-in showed a dip: demands {demands} against resources {resources}.',
  },
  BELOW_PLAN: { nl: 'twee weken achter elkaar minder uren dan gepland', en: 'two weeks in a row fewer hours than planned' },
  NO_RISE: { nl: 'de uren stijgen niet terwijl het plan oploopt', en: 'hours do not rise while the plan does' },
  FALL_BACK: { nl: 'de uren zijn teruggevallen', en: 'hours fell back' },
  FASTER_THAN_ADVICE: { nl: 'sneller opgebouwd dan het advies van de bedrijfsarts', en: "built up faster than the company doctor's advice" },
});
