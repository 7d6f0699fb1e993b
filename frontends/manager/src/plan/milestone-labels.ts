import { createMessages } from '@terugkeer/ui';

export const milestoneKindMessages = createMessages({
  PROBLEM_ANALYSIS: { nl: 'Probleemanalyse', en: 'Problem analysis' },
  ACTION_PLAN: { nl: 'Plan van aanpak', en: 'Plan of action' },
  EVALUATION: { nl: 'Evaluatie plan van aanpak', en: 'Plan evaluation' },
  UWV_SICKNESS_NOTIFICATION: { nl: 'Ziekmelding bij UWV (42 weken)', en: 'Sickness notification to UWV (42 weeks)' },
  FIRST_YEAR_EVALUATION: { nl: 'Eerstejaarsevaluatie', en: 'First-year evaluation' },
  WIA_APPLICATION: { nl: 'WIA-aanvraag', en: 'WIA application' },
  END_OF_WAGE_PAYMENT: { nl: 'Einde loondoorbetaling', en: 'End of wage payment' },
  RETURN_TO_WORK_CONTACT: { nl: 'Vragenlijst terugkeer (week 10)', en: 'Return-to-work questionnaire (week 10)' },
  REINTEGRATION_ELIGIBLE: { nl: 'Re-integratietraject mogelijk', en: 'Re-integration trajectory possible' },
  MEDICAL_FORCE_MAJEURE_ELIGIBLE: { nl: 'Medische overmacht mogelijk', en: 'Medical force majeure possible' },
  ASSESSMENT_DECISION: { nl: 'Re-integratiebeoordeling', en: 'Re-integration assessment' },
  REINTEGRATION_PLAN: { nl: 'Re-integratieplan', en: 'Re-integration plan' },
  PLAN_RESPONSE: { nl: 'Reactie op het plan', en: 'Response to the plan' },
  APPEAL: { nl: 'Beroep', en: 'Appeal' },
});

export const milestoneStatusMessages = createMessages({
  UPCOMING: { nl: 'Gepland', en: 'Upcoming' },
  DUE_SOON: { nl: 'Binnenkort', en: 'Due soon' },
  OVERDUE: { nl: 'Te laat', en: 'Overdue' },
  OPEN: { nl: 'Mogelijk', en: 'Open' },
  EXPIRED: { nl: 'Verlopen', en: 'Expired' },
  DONE: { nl: 'Gedaan', en: 'Done' },
  NOT_APPLICABLE: { nl: 'Niet van toepassing', en: 'Not applicable' },
});

export const MILESTONE_TONE = {
  UPCOMING: 'neutral',
  DUE_SOON: 'warning',
  OVERDUE: 'danger',
  OPEN: 'info',
  EXPIRED: 'neutral',
  DONE: 'success',
  NOT_APPLICABLE: 'neutral',
} as const;
