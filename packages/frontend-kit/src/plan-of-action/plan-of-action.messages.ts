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
  signedOk: { nl: 'Je hebt het plan ondertekend.', en: 'You signed the plan.' },
  conflict: {
    nl: 'Iemand anders heeft het plan net gewijzigd. De nieuwste versie staat nu hier; kijk hem na voor je tekent.',
    en: 'Someone else just changed the plan. The newest version is shown now; check it before you sign.',
  },
});

/** The words of a contact agreement's choices, shared with the plan editor and the plan of action's PDF. */
export const contactAgreementMessages = createMessages(contactAgreementLabels);
