import { defineLabels } from './label';

/** The choices of a contact agreement, as the plan editor offers them and the plan of action prints them. */
export const contactAgreementLabels = defineLabels({
  WEEKLY: { nl: 'Elke week', en: 'Every week' },
  BIWEEKLY: { nl: 'Elke twee weken', en: 'Every two weeks' },
  MONTHLY: { nl: 'Elke maand', en: 'Every month' },
  PHONE: { nl: 'Telefoon', en: 'Phone' },
  VIDEO: { nl: 'Videobellen', en: 'Video call' },
  EMAIL: { nl: 'E-mail', en: 'E-mail' },
  IN_PERSON: { nl: 'Persoonlijk', en: 'In person' },
  INFORM: { nl: 'Op de hoogte houden', en: 'Keeping informed' },
  THINK_ALONG: { nl: 'Meedenken', en: 'Thinking along' },
  EVALUATE: { nl: 'Evalueren', en: 'Evaluating' },
  OFFICE: { nl: 'Op kantoor', en: 'At the office' },
  HOME: { nl: 'Bij de medewerker thuis', en: "At the employee's home" },
  NEUTRAL_PLACE: { nl: 'Op een neutrale plek', en: 'At a neutral place' },
  ONLINE: { nl: 'Online', en: 'Online' },
});

export const weekdayLabels = defineLabels({
  '1': { nl: 'maandag', en: 'Monday' },
  '2': { nl: 'dinsdag', en: 'Tuesday' },
  '3': { nl: 'woensdag', en: 'Wednesday' },
  '4': { nl: 'donderdag', en: 'Thursday' },
  '5': { nl: 'vrijdag', en: 'Friday' },
  '6': { nl: 'zaterdag', en: 'Saturday' },
  '7': { nl: 'zondag', en: 'Sunday' },
});

/** Who signs the plan of action. */
export const signerRoleLabels = defineLabels({
  EMPLOYEE: { nl: 'Medewerker', en: 'Employee' },
  MANAGER: { nl: 'Leidinggevende', en: 'Manager' },
});
