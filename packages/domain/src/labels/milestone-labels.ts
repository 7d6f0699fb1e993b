import type { MilestoneKind, MilestoneStatus } from '../timeline/milestone';
import { defineLabels, type Label } from './label';

/** The legal steps of a case, as the screens and the documents name them. */
export const milestoneKindLabels = defineLabels({
  PROBLEM_ANALYSIS: { nl: 'Probleemanalyse', en: 'Problem analysis' },
  ACTION_PLAN: { nl: 'Plan van aanpak', en: 'Plan of action' },
  EVALUATION: { nl: 'Evaluatie plan van aanpak', en: 'Plan evaluation' },
  UWV_SICKNESS_NOTIFICATION: { nl: 'Ziekmelding bij UWV (42 weken)', en: 'Sickness notification to UWV (42 weeks)' },
  FIRST_YEAR_EVALUATION: { nl: 'Eerstejaarsevaluatie', en: 'First-year evaluation' },
  SECOND_TRACK_DECISION: { nl: 'Besluit tweede spoor', en: 'Second-track decision' },
  UWV_WIA_LETTER: { nl: 'Brief UWV over WIA-aanvraag (week 88)', en: "UWV's WIA letter (week 88)" },
  REINTEGRATION_REPORT: { nl: 'Re-integratieverslag aan werknemer', en: 'Re-integration report to the employee' },
  FINAL_EVALUATION: { nl: 'Eindevaluatie', en: 'Final evaluation' },
  WIA_APPLICATION: { nl: 'WIA-aanvraag', en: 'WIA application' },
  END_OF_WAGE_PAYMENT: { nl: 'Einde loondoorbetaling', en: 'End of wage payment' },
  DISMISSAL_BAN_ENDS: { nl: 'Einde opzegverbod tijdens ziekte', en: 'End of the dismissal ban during illness' },
  PREVENTION_SERVICE_NOTICE: { nl: 'Melding aan de preventieadviseur-arbeidsarts (4 weken)', en: 'Notice to the prevention service (4 weeks)' },
  REINTEGRATION_ELIGIBLE: { nl: 'Re-integratietraject mogelijk', en: 'Re-integration trajectory possible' },
  NEW_TRAJECTORY_ELIGIBLE: { nl: 'Nieuw re-integratietraject mogelijk', en: 'New re-integration trajectory possible' },
  MEDICAL_FORCE_MAJEURE_ELIGIBLE: { nl: 'Medische overmacht mogelijk', en: 'Medical force majeure possible' },
  ASSESSMENT_DECISION: { nl: 'Re-integratiebeoordeling', en: 'Re-integration assessment' },
  REINTEGRATION_PLAN: { nl: 'Re-integratieplan', en: 'Re-integration plan' },
  PLAN_RESPONSE: { nl: 'Reactie op het plan', en: 'Response to the plan' },
  APPEAL: { nl: 'Beroep', en: 'Appeal' },
}) satisfies Record<MilestoneKind, Label>;

export const milestoneStatusLabels = defineLabels({
  UPCOMING: { nl: 'Gepland', en: 'Upcoming' },
  DUE_SOON: { nl: 'Binnenkort', en: 'Due soon' },
  OVERDUE: { nl: 'Te laat', en: 'Overdue' },
  OPEN: { nl: 'Mogelijk', en: 'Open' },
  EXPIRED: { nl: 'Verlopen', en: 'Expired' },
  DONE: { nl: 'Gedaan', en: 'Done' },
  NOT_APPLICABLE: { nl: 'Niet van toepassing', en: 'Not applicable' },
}) satisfies Record<MilestoneStatus, Label>;
