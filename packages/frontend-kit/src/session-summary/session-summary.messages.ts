import { createMessages } from '@terugkeer/ui';

/** The words of a talk's summary, the same for every role that reads or approves it. */
export const sessionSummaryMessages = createMessages({
  REFLECTION: { nl: 'Reflectiegesprek', en: 'Reflection talk' },
  DIALOGUE: { nl: 'Dialooggesprek', en: 'Dialogue talk' },
  THREE_WAY: { nl: 'Driegesprek', en: 'Three-way talk' },
  DRAFT: { nl: 'Concept', en: 'Draft' },
  AWAITING_VALIDATION: { nl: 'Wacht op goedkeuring', en: 'Awaiting approval' },
  CHANGES_REQUESTED: { nl: 'Wijziging gevraagd', en: 'Change requested' },
  VALIDATED: { nl: 'Goedgekeurd, niet vrijgegeven', en: 'Approved, not released' },
  RELEASED: { nl: 'Vrijgegeven aan leidinggevende', en: 'Released to manager' },
  reflection: { nl: 'Reflectie', en: 'Reflection' },
  wentWell: { nl: 'Wat ging goed', en: 'What went well' },
  wasHard: { nl: 'Wat was lastig', en: 'What was hard' },
  learned: { nl: 'Wat heb ik geleerd', en: 'What I learned' },
  nextTime: { nl: 'Wat doe ik volgende keer anders', en: 'What I will do differently next time' },
  approve: { nl: 'Klopt, goedkeuren', en: 'Correct, approve' },
  askChange: { nl: 'Wijziging vragen', en: 'Ask for a change' },
  changeLabel: { nl: 'Wat moet er anders?', en: 'What should change?' },
  sendChange: { nl: 'Verstuur', en: 'Send' },
  conflict: {
    nl: 'Iemand anders heeft dit verslag net gewijzigd. De nieuwste versie staat nu hier.',
    en: 'Someone else just changed this report. The newest version is shown now.',
  },
});
