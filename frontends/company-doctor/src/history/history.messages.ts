import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  title: { nl: 'Adviesgeschiedenis', en: 'Advice history' },
  intro: {
    nl: 'Wat je per dossier hebt geadviseerd, opgepakt en besproken, het nieuwste eerst.',
    en: 'What you advised, took up and discussed per case, newest first.',
  },
  loading: { nl: 'Wordt geladen…', en: 'Loading…' },
  error: { nl: 'Dit kon niet worden geladen.', en: 'This could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  noCases: { nl: 'Er zijn geen dossiers aan je toegewezen.', en: 'No cases are assigned to you.' },
  caseField: { nl: 'Werknemer', en: 'Employee' },
  empty: { nl: 'Nog geen advies in dit dossier.', en: 'No advice in this case yet.' },
  timeline: { nl: 'Adviezen en contacten', en: 'Advice and contacts' },
  ANALYSIS: { nl: 'Probleemanalyse versie {version} ({occasion})', en: 'Problem analysis version {version} ({occasion})' },
  INITIAL: { nl: 'eerste', en: 'initial' },
  RELAPSE: { nl: 'na terugval', en: 'after relapse' },
  CHANGE: { nl: 'bijgesteld', en: 'revised' },
  advice: { nl: 'Advies: {advice}', en: 'Advice: {advice}' },
  possibilities: { nl: 'Kan: {list}', en: 'Can: {list}' },
  limitations: { nl: 'Beperkingen: {list}', en: 'Limitations: {list}' },
  ESCALATION: { nl: 'Escalatie opgepakt', en: 'Escalation taken up' },
  escalation: { nl: 'Vraag van de coach: {reason} — jouw notitie: {note}', en: 'Question from the coach: {reason} — your note: {note}' },
  CONSULTATION: { nl: 'Consult gehouden', en: 'Consultation held' },
});
