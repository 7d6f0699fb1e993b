import { createMessages } from '@terugkeer/ui';

export const appointmentKindMessages = createMessages({
  REFLECTION_TALK: { nl: 'Reflectiegesprek', en: 'Reflection talk' },
  DIALOGUE_TALK: { nl: 'Dialooggesprek', en: 'Dialogue talk' },
  THREE_WAY_TALK: { nl: 'Driegesprek', en: 'Three-way talk' },
  COMPANY_DOCTOR_CONSULT: { nl: 'Spreekuur bedrijfsarts', en: 'Company doctor consult' },
  ACTION_PLAN_EVALUATION: { nl: 'Evaluatie plan van aanpak', en: 'Plan of action evaluation' },
  CONTACT_MOMENT: { nl: 'Contactmoment', en: 'Contact moment' },
  EXTRA_TALK: { nl: 'Extra gesprek met de coach', en: 'Extra talk with the coach' },
  PROBLEM_ANALYSIS_CONSULT: { nl: 'Consult probleemanalyse', en: 'Problem analysis consult' },
});

export const appointmentStatusMessages = createMessages({
  PLANNED: { nl: 'Gepland', en: 'Planned' },
  HELD: { nl: 'Gehouden', en: 'Held' },
  CANCELLED: { nl: 'Geannuleerd', en: 'Cancelled' },
  NO_SHOW: { nl: 'Niet verschenen', en: 'No-show' },
});

export const appointmentLocationMessages = createMessages({
  OFFICE: { nl: 'Op kantoor', en: 'At the office' },
  HOME: { nl: 'Thuis', en: 'At home' },
  NEUTRAL_PLACE: { nl: 'Neutrale plek', en: 'Neutral place' },
  ONLINE: { nl: 'Online', en: 'Online' },
});
