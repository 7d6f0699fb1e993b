import type { Relationship } from './personas';
import type { DataClass } from './privacy-matrix';

/**
 * Every field of `Case` says which class of data it carries. A new field that is not
 * listed here fails the matrix suite: classifying it is part of adding it.
 */
export const CASE_FIELDS: Record<string, DataClass> = {
  id: 'CASE_BASICS',
  status: 'CASE_BASICS',
  jurisdiction: 'CASE_BASICS',
  firstSickDay: 'CASE_BASICS',
  recoveryDate: 'CASE_BASICS',
  version: 'CASE_BASICS',
  viewerRelationships: 'CASE_BASICS',
  employee: 'DIRECTORY',
  organization: 'DIRECTORY',
  participants: 'DIRECTORY',
  dialogueColleagues: 'DIALOGUE_COLLEAGUES',
  employeeStatements: 'EMPLOYEE_STATEMENT',
  rectificationRequests: 'RECTIFICATION',
  legalHold: 'LEGAL_HOLD',
  progress: 'PROGRESS',
  appointments: 'SCHEDULE',
  actionPlan: 'ACTION_PLAN',
  problemAnalyses: 'CAPABILITY_PROFILE',
  capabilityProfile: 'CAPABILITY_PROFILE',
  medicalNotes: 'MEDICAL_NOTES',
  programmeIntake: 'PROGRAMME_INTAKE',
  escalations: 'ESCALATION',
  sickReports: 'ABSENCE',
  consents: 'CONSENT',
  consentHistory: 'CONSENT_HISTORY',
  relapsePreventionPlan: 'RELAPSE_PLAN',
  checkIns: 'CHECK_IN_DETAIL',
  checkInTrend: 'CHECK_IN_TREND',
  talkRequests: 'TALK_REQUEST',
  sessionReports: 'SESSION_REPORT',
  absencePercentage: 'ABSENCE',
  milestones: 'CASE_BASICS',
  maternityLeave: 'MATERNITY_LEAVE',
  expertOpinions: 'EXPERT_OPINION',
  buildUp: 'SCHEDULE',
  programme: 'SCHEDULE',
};

/**
 * Every object type reachable from `Case`, with the class its fields inherit. A new type
 * must be listed too; a field that carries another class than its type is in FIELD_CLASSES.
 */
export const TYPE_CLASSES: Record<string, DataClass> = {
  Employee: 'DIRECTORY',
  CasePerson: 'DIRECTORY',
  DialogueColleague: 'DIALOGUE_COLLEAGUES',
  Department: 'DIRECTORY',
  Organization: 'DIRECTORY',
  RetentionPolicySettings: 'ORGANIZATION_SETTINGS',
  EmployeeStatement: 'EMPLOYEE_STATEMENT',
  RectificationRequest: 'RECTIFICATION',
  CaseProgress: 'PROGRESS',
  Appointment: 'SCHEDULE',
  ActionPlan: 'ACTION_PLAN',
  ActionPlanVersion: 'ACTION_PLAN',
  PlanItem: 'ACTION_PLAN',
  HourAgreement: 'ACTION_PLAN',
  ContactAgreement: 'ACTION_PLAN',
  PlanSignature: 'ACTION_PLAN',
  PlanEvaluation: 'ACTION_PLAN',
  ProblemAnalysis: 'CAPABILITY_PROFILE',
  CapabilityProfile: 'CAPABILITY_PROFILE',
  // The doctor's advised build-up: functional advice, for everyone on the case like the rest of the profile.
  AdvisedBuildUp: 'CAPABILITY_PROFILE',
  MedicalNote: 'MEDICAL_NOTES',
  ProgrammeIntake: 'PROGRAMME_INTAKE',
  Escalation: 'ESCALATION',
  SickReport: 'ABSENCE',
  Consent: 'CONSENT',
  RelapsePreventionPlan: 'RELAPSE_PLAN',
  RelapsePlanVersion: 'RELAPSE_PLAN',
  EarlySignal: 'RELAPSE_PLAN',
  CheckIn: 'CHECK_IN_DETAIL',
  CheckInTrendWeek: 'CHECK_IN_TREND',
  TalkRequest: 'TALK_REQUEST',
  SessionReport: 'SESSION_REPORT',
  SessionParticipant: 'SESSION_REPORT',
  SessionReflection: 'SESSION_REFLECTION',
  AbsenceIntervalView: 'ABSENCE',
  Milestone: 'CASE_BASICS',
  MaternityLeaveDates: 'MATERNITY_LEAVE',
  ExpertOpinion: 'EXPERT_OPINION',
  ContractPeriod: 'DIRECTORY',
  AppointmentParticipant: 'SCHEDULE',
  BuildUp: 'SCHEDULE',
  BuildUpWeekView: 'SCHEDULE',
  StagnationAlertView: 'SCHEDULE',
  // Hours against the plan only: the functional signal the manager gets instead of the alerts.
  HoursSignalView: 'SCHEDULE',
  // A check-in dip shown beside a stagnation alert: check-in data, on its consent.
  CheckInDip: 'CHECK_IN_DETAIL',
  Programme: 'SCHEDULE',
  UnplacedSession: 'SCHEDULE',
  ProgrammeProgressView: 'SCHEDULE',
  ProgressWeek: 'PROGRESS',
  MilestoneProgress: 'PROGRESS',
  ProgrammeAttendance: 'PROGRESS',
  StagnationAlert: 'PROGRESS',
  ProgressCheckInWeek: 'CHECK_IN_TREND',
};

/** Fields inside a type that carry a different class than the type itself: `Type.field`. */
export const FIELD_CLASSES: Record<string, DataClass> = {
  'Organization.retentionPolicy': 'ORGANIZATION_SETTINGS',
  'CheckIn.privateNote': 'CHECK_IN_PRIVATE_NOTE',
  'SessionReport.privateNotes': 'SESSION_PRIVATE_NOTES',
  'SessionReport.reflection': 'SESSION_REFLECTION',
  'CaseProgress.checkInTrend': 'CHECK_IN_TREND',
};

/**
 * How each root query field relates to the matrix. CASE_PATH fields lead to a case and
 * are walked by this suite; SELF fields return only the viewer's own data (asserted here
 * for every persona); AGGREGATE fields are analytics, covered by the reporting suites.
 */
export type RootKind =
  | 'CASE_PATH'
  | 'SELF'
  | 'AGGREGATE'
  /** Free and busy times of the people on a booking, nothing about the other appointments. */
  | 'AVAILABILITY'
  /** Takes a case id and returns one class of its data: walked like a case field. */
  | { caseScoped: DataClass };
export const ROOT_QUERY_FIELDS: Record<string, RootKind> = {
  case: 'CASE_PATH',
  viewer: 'CASE_PATH',
  employee: 'CASE_PATH',
  myDataAccessLog: 'SELF',
  myPersonalDataExport: 'SELF',
  myAppointments: 'SELF',
  notifications: 'SELF',
  unreadNotificationCount: 'SELF',
  sessionReportsToValidate: 'SELF',
  appointmentConflicts: 'AVAILABILITY',
  appointments: { caseScoped: 'SCHEDULE' },
  programme: { caseScoped: 'SCHEDULE' },
  buildUp: { caseScoped: 'SCHEDULE' },
  absenceStatistics: 'AGGREGATE',
  providerAbsenceStatistics: 'AGGREGATE',
  organizationReport: 'AGGREGATE',
  analyticsSeries: 'AGGREGATE',
  actionPlanDocument: { caseScoped: 'CASE_DOCUMENT' },
  progressReportDocument: { caseScoped: 'CASE_DOCUMENT' },
};

export interface WriteRule {
  dataClass: DataClass;
  /** Who may perform it on Sanne's case; every other persona must be refused. */
  writers: Relationship[];
  /** About the viewer's own account (calendar feed, notifications): everyone may, for themselves. */
  personal?: boolean;
}

/** Every mutation, with who may perform it. A new mutation must be listed. */
export const MUTATIONS: Record<string, WriteRule> = {
  addEmployeeStatement: { dataClass: 'EMPLOYEE_STATEMENT', writers: ['EMPLOYEE'] },
  requestRectification: { dataClass: 'RECTIFICATION', writers: ['EMPLOYEE'] },
  resolveRectification: { dataClass: 'RECTIFICATION', writers: ['CASE_MANAGER', 'COMPANY_DOCTOR'] },
  updateRetentionPolicy: { dataClass: 'ORGANIZATION_SETTINGS', writers: ['CASE_MANAGER'] },
  setLegalHold: { dataClass: 'LEGAL_HOLD', writers: ['CASE_MANAGER'] },
  saveActionPlan: { dataClass: 'ACTION_PLAN', writers: ['CASE_MANAGER', 'MANAGER', 'COACH'] },
  signActionPlan: { dataClass: 'ACTION_PLAN', writers: ['EMPLOYEE', 'MANAGER'] },
  setActionPlanEmployeeView: { dataClass: 'ACTION_PLAN', writers: ['EMPLOYEE'] },
  recordPlanEvaluation: { dataClass: 'ACTION_PLAN', writers: ['CASE_MANAGER', 'MANAGER'] },
  recordProblemAnalysis: { dataClass: 'CAPABILITY_PROFILE', writers: ['COMPANY_DOCTOR'] },
  addMedicalNote: { dataClass: 'MEDICAL_NOTES', writers: ['COMPANY_DOCTOR'] },
  updateMedicalNote: { dataClass: 'MEDICAL_NOTES', writers: ['COMPANY_DOCTOR'] },
  recordProgrammeIntake: { dataClass: 'PROGRAMME_INTAKE', writers: ['COACH'] },
  escalateToCompanyDoctor: { dataClass: 'ESCALATION', writers: ['COACH'] },
  acknowledgeEscalation: { dataClass: 'ESCALATION', writers: ['COMPANY_DOCTOR'] },
  answerEscalationRequest: { dataClass: 'ESCALATION', writers: ['EMPLOYEE'] },
  recordSickReport: { dataClass: 'ABSENCE', writers: ['MANAGER', 'CASE_MANAGER'] },
  addAbsenceInterval: { dataClass: 'ABSENCE', writers: ['MANAGER', 'CASE_MANAGER'] },
  recordRecovery: { dataClass: 'ABSENCE', writers: ['MANAGER', 'CASE_MANAGER'] },
  assignToCase: { dataClass: 'CASE_BASICS', writers: ['CASE_MANAGER'] },
  updateOrganizationSettings: { dataClass: 'ORGANIZATION_SETTINGS', writers: ['CASE_MANAGER'] },
  importOrganizationData: { dataClass: 'ABSENCE', writers: ['CASE_MANAGER'] },
  markMilestoneDone: { dataClass: 'CASE_BASICS', writers: ['CASE_MANAGER'] },
  setReintegrationRequest: { dataClass: 'CASE_BASICS', writers: ['CASE_MANAGER', 'COMPANY_DOCTOR'] },
  setWagePaymentExtension: { dataClass: 'CASE_BASICS', writers: ['CASE_MANAGER'] },
  setMaternityLeave: { dataClass: 'MATERNITY_LEAVE', writers: ['CASE_MANAGER'] },
  requestExpertOpinion: { dataClass: 'EXPERT_OPINION', writers: ['CASE_MANAGER'] },
  recordExpertOpinionOutcome: { dataClass: 'EXPERT_OPINION', writers: ['CASE_MANAGER'] },
  bookAppointment: { dataClass: 'SCHEDULE', writers: ['CASE_MANAGER', 'COACH', 'COMPANY_DOCTOR', 'MANAGER'] },
  rescheduleAppointment: { dataClass: 'SCHEDULE', writers: ['CASE_MANAGER', 'COACH', 'COMPANY_DOCTOR', 'MANAGER'] },
  setAppointmentStatus: { dataClass: 'SCHEDULE', writers: ['CASE_MANAGER', 'COACH', 'COMPANY_DOCTOR', 'MANAGER'] },
  setBuildUpPlan: { dataClass: 'SCHEDULE', writers: ['CASE_MANAGER', 'COACH'] },
  recordActualHours: { dataClass: 'SCHEDULE', writers: ['EMPLOYEE', 'MANAGER'] },
  startProgramme: { dataClass: 'SCHEDULE', writers: ['COACH'] },
  rescheduleProgrammeSession: { dataClass: 'SCHEDULE', writers: ['COACH', 'CASE_MANAGER'] },
  setConsent: { dataClass: 'CONSENT', writers: ['EMPLOYEE'] },
  saveRelapsePreventionPlan: { dataClass: 'RELAPSE_PLAN', writers: ['EMPLOYEE', 'COACH'] },
  agreeRelapsePreventionPlan: { dataClass: 'RELAPSE_PLAN', writers: ['EMPLOYEE'] },
  requestExtraTalk: { dataClass: 'TALK_REQUEST', writers: ['EMPLOYEE'] },
  planExtraTalk: { dataClass: 'TALK_REQUEST', writers: ['COACH'] },
  recordCheckIn: { dataClass: 'CHECK_IN_DETAIL', writers: ['EMPLOYEE'] },
  writeSessionReport: { dataClass: 'SESSION_REPORT', writers: ['COACH'] },
  submitSessionReport: { dataClass: 'SESSION_REPORT', writers: ['COACH'] },
  // Participants of the talk: the employee, the manager in a three-way talk (and a colleague, outside the case).
  validateSessionReport: { dataClass: 'SESSION_REPORT', writers: ['EMPLOYEE', 'MANAGER'] },
  releaseSessionReport: { dataClass: 'SESSION_REPORT', writers: ['EMPLOYEE'] },
  revokeSessionReportRelease: { dataClass: 'SESSION_REPORT', writers: ['EMPLOYEE'] },
  createCalendarFeed: { dataClass: 'SCHEDULE', writers: [], personal: true },
  revokeCalendarFeed: { dataClass: 'SCHEDULE', writers: [], personal: true },
  markNotificationRead: { dataClass: 'SCHEDULE', writers: [], personal: true },
  markAllNotificationsRead: { dataClass: 'SCHEDULE', writers: [], personal: true },
};
