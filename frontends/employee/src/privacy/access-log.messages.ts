import { createMessages } from '@terugkeer/ui';

/** Who did it: the name and the role they acted in. The codes are the audit log's, so `other` and `times` are never one. */
export const actorMessages = createMessages({
  withRole: { nl: '{name}, {role},', en: '{name}, {role},' },
  system: { nl: 'Het systeem', en: 'The system' },
  unknown: { nl: 'Iemand', en: 'Someone' },
  EMPLOYEE: { nl: 'medewerker', en: 'employee' },
  COLLEAGUE: { nl: 'collega', en: 'colleague' },
  MANAGER: { nl: 'leidinggevende', en: 'manager' },
  CASE_MANAGER: { nl: 'casemanager', en: 'case manager' },
  COMPANY_DOCTOR: { nl: 'bedrijfsarts', en: 'company doctor' },
  COACH: { nl: 'coach', en: 'coach' },
  ANALYST: { nl: 'analist', en: 'analyst' },
});

/** What they did, as a sentence around the data; `{data}` is one of the nouns below. */
export const actionMessages = createMessages({
  READ: { nl: '{who} bekeek {data}', en: '{who} viewed {data}' },
  CREATE: { nl: '{who} legde {data} vast', en: '{who} recorded {data}' },
  UPDATE: { nl: '{who} wijzigde {data}', en: '{who} changed {data}' },
  DELETE: { nl: '{who} verwijderde {data}', en: '{who} deleted {data}' },
  SIGN: { nl: '{who} ondertekende {data}', en: '{who} signed {data}' },
  VALIDATE: { nl: '{who} keurde {data} goed', en: '{who} approved {data}' },
  REQUEST_CHANGE: { nl: '{who} vroeg een wijziging in {data}', en: '{who} asked for a change in {data}' },
  RELEASE: { nl: '{who} gaf {data} vrij', en: '{who} released {data}' },
  REVOKE: { nl: '{who} trok {data} in', en: '{who} withdrew {data}' },
  GRANT: { nl: '{who} gaf {data}', en: '{who} gave {data}' },
  ACKNOWLEDGE: { nl: '{who} bevestigde {data}', en: '{who} acknowledged {data}' },
  EXPORT: { nl: '{who} downloadde {data}', en: '{who} downloaded {data}' },
  IMPORT: { nl: '{who} importeerde {data}', en: '{who} imported {data}' },
  ANONYMIZE: { nl: '{who} anonimiseerde {data}', en: '{who} anonymised {data}' },
  other: { nl: '{who} deed iets ({action}) met {data}', en: '{who} acted ({action}) on {data}' },
  times: { nl: '({count} keer)', en: '({count} times)' },
});

export const dataMessages = createMessages({
  CASE_BASICS: { nl: 'de gegevens van je dossier', en: 'the details of your case' },
  ABSENCE: { nl: 'je ziekmelding', en: 'your sick report' },
  DIRECTORY: { nl: 'je personeelsgegevens', en: 'your personnel details' },
  MEDICAL_NOTES: { nl: 'de medische aantekeningen', en: 'the medical notes' },
  CAPABILITY_PROFILE: { nl: 'je functionele mogelijkheden', en: 'your functional capabilities' },
  ACTION_PLAN: { nl: 'het plan van aanpak', en: 'the plan of action' },
  RELAPSE_PLAN: { nl: 'je terugvalpreventieplan', en: 'your relapse-prevention plan' },
  CHECK_IN: { nl: 'je check-ins', en: 'your check-ins' },
  SESSION_REPORT: { nl: 'een gespreksverslag', en: 'a session report' },
  SESSION_PRIVATE_NOTES: { nl: 'de eigen aantekeningen van de coach', en: "the coach's own notes" },
  CONSENT: { nl: 'je toestemming', en: 'your consent' },
  ESCALATION: { nl: 'een escalatie', en: 'an escalation' },
  PROGRAMME_INTAKE: { nl: 'de intake voor het programma', en: 'the programme intake' },
  EMPLOYEE_STATEMENT: { nl: 'je eigen visie', en: 'your own view' },
  PERSONAL_DATA_EXPORT: { nl: 'een kopie van je gegevens', en: 'a copy of your data' },
  RETENTION: { nl: 'je dossier na de bewaartermijn', en: 'your case after its retention term' },
  other: { nl: 'gegevens ({code})', en: 'data ({code})' },
});
