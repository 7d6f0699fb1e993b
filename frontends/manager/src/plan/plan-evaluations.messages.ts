import { createMessages } from '@terugkeer/ui';

export const evaluationMessages = createMessages({
  title: { nl: 'Evaluaties van het plan', en: 'Evaluations of the plan' },
  nextDue: { nl: 'De volgende evaluatie moet uiterlijk {date} plaatsvinden.', en: 'The next evaluation is due by {date}.' },
  none: { nl: 'Het plan is nog niet geëvalueerd.', en: 'The plan has not been evaluated yet.' },
  done: { nl: 'Gehouden evaluaties', en: 'Evaluations held' },
  number: { nl: 'Nummer', en: 'Number' },
  heldOn: { nl: 'Gehouden op', en: 'Held on' },
  outcome: { nl: 'Uitkomst', en: 'Outcome' },
  outcomeHint: {
    nl: 'Wat ging goed, wat passen jullie aan? Schrijf over werk en afspraken, niet over de gezondheid.',
    en: 'What went well, what do you adjust? Write about work and agreements, not about health.',
  },
  signFirst: {
    nl: 'Een evaluatie leg je vast zodra jullie allebei het plan hebben getekend.',
    en: 'You record an evaluation once you have both signed the plan.',
  },
  chooseDate: { nl: 'Kies de datum van het gesprek.', en: 'Choose the date of the talk.' },
  writeOutcome: { nl: 'Schrijf de uitkomst op.', en: 'Write down the outcome.' },
  record: { nl: 'Evaluatie vastleggen', en: 'Record the evaluation' },
  recorded: { nl: 'Evaluatie {number} is vastgelegd.', en: 'Evaluation {number} was recorded.' },
});
