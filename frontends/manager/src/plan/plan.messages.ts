import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  title: { nl: 'Plan van aanpak en termijnen', en: 'Plan of action and deadlines' },
  titleBE: { nl: 'Re-integratieplan en termijnen', en: 'Re-integration plan and deadlines' },
  intro: {
    nl: 'Per medewerker: wat er is afgesproken, wat er nog getekend moet worden en welke wettelijke stappen eraan komen.',
    en: 'Per employee: what was agreed, what still needs signing, and which legal steps are coming.',
  },
  loading: { nl: 'Wordt geladen…', en: 'Loading…' },
  error: { nl: 'Dit kon niet worden geladen.', en: 'This could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  caseField: { nl: 'Medewerker', en: 'Employee' },
  noCases: { nl: 'Er zijn geen lopende dossiers.', en: 'There are no open cases.' },
  noPlan: { nl: 'Er is nog geen plan van aanpak.', en: 'There is no plan of action yet.' },
  noPlanBE: { nl: 'Er is nog geen re-integratieplan.', en: 'There is no re-integration plan yet.' },
  version: { nl: 'Versie {number}', en: 'Version {number}' },
  milestones: { nl: 'Wettelijke termijnen', en: 'Legal deadlines' },
  milestone: { nl: 'Stap', en: 'Step' },
  due: { nl: 'Uiterlijk', en: 'Due' },
  status: { nl: 'Status', en: 'Status' },
  warnOn: { nl: 'Let op: valt in het weekend, regel het op {date}', en: 'Note: falls on a weekend, arrange it on {date}' },
});
