import { contactAgreementLabels } from '@terugkeer/domain';
import { createMessages } from '@terugkeer/ui';

/** The words of the plan of action, the same for everyone who reads it. */
export const planOfActionMessages = createMessages({
  DRAFT: { nl: 'Concept', en: 'Draft' },
  PARTLY_SIGNED: { nl: 'Deels ondertekend', en: 'Partly signed' },
  SIGNED: { nl: 'Ondertekend', en: 'Signed' },
  goals: { nl: 'Doelen', en: 'Goals' },
  activities: { nl: 'Activiteiten', en: 'Activities' },
  deadline: { nl: 'uiterlijk {date}', en: 'by {date}' },
  hours: { nl: 'Urenafspraken', en: 'Hour agreements' },
  hourLine: {
    nl: 'Vanaf {date}: {hours} uur per week ({home} thuis, {location} op locatie)',
    en: 'From {date}: {hours} hours a week ({home} at home, {location} on location)',
  },
  from: { nl: 'Vanaf week', en: 'From week' },
  perWeek: { nl: 'Uur per week', en: 'Hours per week' },
  home: { nl: 'Thuis', en: 'Home' },
  location: { nl: 'Op locatie', en: 'On location' },
  tasks: { nl: 'Taken om mee te beginnen', en: 'Tasks to start with' },
  tasksTooMuch: { nl: 'Nog te veel', en: 'Still too much' },
  therapeutic: { nl: 'Arbeidstherapeutisch', en: 'Therapeutic work' },
  yes: { nl: 'Ja', en: 'Yes' },
  no: { nl: 'Nee', en: 'No' },
  evaluations: { nl: 'Evaluaties', en: 'Evaluations' },
  noEvaluations: { nl: 'Er is nog geen evaluatie gehouden.', en: 'No evaluation has been held yet.' },
  evaluationLine: { nl: 'Evaluatie {number} op {date}: {outcome}', en: 'Evaluation {number} on {date}: {outcome}' },
  contact: { nl: 'Contactafspraken', en: 'Contact agreements' },
  noContactAgreement: { nl: 'Er is nog geen vaste contactafspraak.', en: 'There is no fixed contact agreement yet.' },
  contactPerson: { nl: 'Contactpersoon: {name}.', en: 'Contact person: {name}.' },
  evaluationEvery: { nl: 'Evaluatie elke {weeks} weken.', en: 'Evaluation every {weeks} weeks.' },
  employeeView: { nl: 'Visie van de medewerker', en: "The employee's view" },
  signatures: { nl: 'Handtekeningen', en: 'Signatures' },
  EMPLOYEE: { nl: 'Medewerker', en: 'Employee' },
  MANAGER: { nl: 'Leidinggevende', en: 'Manager' },
  notSigned: { nl: 'Nog niemand heeft deze versie getekend.', en: 'Nobody has signed this version yet.' },
  sign: { nl: 'Versie {number} ondertekenen', en: 'Sign version {number}' },
  signConfirm: {
    nl: 'Met je handtekening ga je akkoord met versie {number} zoals hierboven: de uren, de taken, de contactafspraken en de evaluaties. Je kunt later altijd om een nieuwe versie vragen.',
    en: 'By signing you agree to version {number} as shown above: the hours, the tasks, the contact agreements and the evaluations. You can always ask for a new version later.',
  },
  signConfirmed: { nl: 'Ja, ik onderteken versie {number}', en: 'Yes, I sign version {number}' },
  signBack: { nl: 'Nog niet', en: 'Not yet' },
  signedOk: { nl: 'Je hebt het plan ondertekend.', en: 'You signed the plan.' },
  conflict: {
    nl: 'Iemand anders heeft het plan net gewijzigd. De nieuwste versie staat nu hier; kijk hem na voor je tekent.',
    en: 'Someone else just changed the plan. The newest version is shown now; check it before you sign.',
  },
});

/** The words of a contact agreement's choices, shared with the plan editor and the plan of action's PDF. */
export const contactAgreementMessages = createMessages(contactAgreementLabels);
