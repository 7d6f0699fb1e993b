import { createMessages } from '@terugkeer/ui';

export const relapsePlanMessages = createMessages({
  version: { nl: 'Signaleringsplan, versie {number}', en: 'Relapse-prevention plan, version {number}' },
  signal: { nl: 'Signaal', en: 'Signal' },
  signalNumber: { nl: 'Signaal {number}', en: 'Signal {number}' },
  whatIDo: { nl: 'Wat ik dan doe', en: 'What I do then' },
  whatIAsk: { nl: 'Wat ik dan vraag van anderen', en: 'What I then ask of others' },
  normalisation: { nl: 'Een dip mag', en: 'A dip is allowed' },
  agreed: { nl: 'Werknemer akkoord op {date}', en: 'Employee agreed on {date}' },
  awaitsAgreement: { nl: 'Wacht op akkoord van de werknemer', en: 'Awaits the employee’s agreement' },
  previousAgreed: {
    nl: 'Versie {number} was akkoord; deze wijziging vraagt een nieuw akkoord.',
    en: 'Version {number} was agreed; this change needs a new agreement.',
  },
  editTitle: { nl: 'Signaleringsplan schrijven', en: 'Write the relapse-prevention plan' },
  editIntro: {
    nl: 'Schrijf de signalen in de eigen woorden van de werknemer. Per signaal: wat de werknemer zelf doet en wat die dan van anderen vraagt.',
    en: "Write the signals in the employee's own words. Per signal: what the employee does and what they then ask of others.",
  },
  description: { nl: 'Signaal in eigen woorden', en: 'Signal in own words' },
  descriptionHint: { nl: 'Bijvoorbeeld: ik slaap slechter en word vroeg wakker.', en: 'For example: I sleep worse and wake early.' },
  actions: { nl: 'Wat ik dan doe (één per regel)', en: 'What I do then (one per line)' },
  asks: { nl: 'Wat ik dan vraag van anderen (één per regel, mag leeg)', en: 'What I then ask of others (one per line, may be empty)' },
  removeSignal: { nl: 'Signaal {number} verwijderen', en: 'Remove signal {number}' },
  addSignal: { nl: 'Signaal toevoegen', en: 'Add a signal' },
  statement: { nl: 'Een dip mag: hoe gaan we ermee om?', en: 'A dip is allowed: how do we deal with it?' },
  statementHint: {
    nl: 'Een terugval hoort bij herstel. Schrijf op hoe jullie het er dan over hebben.',
    en: 'A setback is part of recovery. Write down how you will talk about it.',
  },
  defaultStatement: {
    nl: 'Een dip mag en hoort bij herstel. Als het minder gaat, zeggen we dat op tijd tegen elkaar en passen we samen de afspraken aan.',
    en: 'A dip is allowed and part of recovery. When things go less well, we say so in time and adjust the agreements together.',
  },
  save: { nl: 'Signaleringsplan opslaan', en: 'Save the relapse-prevention plan' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  saved: { nl: 'Het signaleringsplan is opgeslagen.', en: 'The relapse-prevention plan is saved.' },
  conflict: {
    nl: 'Iemand anders heeft het signaleringsplan net gewijzigd. Je wijzigingen zijn niet opgeslagen; laad de nieuwste versie en pas die aan.',
    en: 'Someone else just changed the relapse-prevention plan. Your changes were not saved; load the newest version and change that.',
  },
  loadNewest: { nl: 'Nieuwste versie laden', en: 'Load the newest version' },
});
