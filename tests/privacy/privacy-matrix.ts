import type { Relationship } from './personas';

/**
 * The privacy matrix of the architecture guide (§4), as data: who reads each class of
 * data of a case. Everyone not listed must get nothing: null, an empty list, or an error.
 */
export type DataClass =
  | 'CASE_BASICS'
  | 'DIRECTORY'
  /** Names of the employee's department colleagues, for planning the dialogue talks. */
  | 'DIALOGUE_COLLEAGUES'
  | 'ABSENCE'
  | 'SCHEDULE'
  | 'PROGRESS'
  | 'MEDICAL_NOTES'
  | 'CAPABILITY_PROFILE'
  | 'ACTION_PLAN'
  | 'RELAPSE_PLAN'
  | 'CHECK_IN_DETAIL'
  | 'CHECK_IN_TREND'
  | 'CHECK_IN_PRIVATE_NOTE'
  /** A request for an extra talk after a dip: between the employee and their coach. */
  | 'TALK_REQUEST'
  | 'SESSION_REPORT'
  | 'SESSION_PRIVATE_NOTES'
  /** A reflection talk's four answers: the employee's own reflection, never for the manager. */
  | 'SESSION_REFLECTION'
  | 'CONSENT'
  | 'CONSENT_HISTORY'
  | 'ESCALATION'
  | 'PROGRAMME_INTAKE'
  | 'EMPLOYEE_STATEMENT'
  | 'RECTIFICATION'
  | 'LEGAL_HOLD'
  | 'ORGANIZATION_SETTINGS'
  /** The pregnancy and maternity leave dates: the employer's own record for the WAZO benefit and the UWV notification. */
  | 'MATERNITY_LEAVE'
  /** Requests to UWV for an expert opinion and their outcomes: the parties to it and the company doctor. */
  | 'EXPERT_OPINION'
  /** The PDF exports (plan of action, progress report): filed by the case manager, handed to the employee. */
  | 'CASE_DOCUMENT';

const EVERYONE_ON_THE_CASE: Relationship[] = ['EMPLOYEE', 'MANAGER', 'CASE_MANAGER', 'COMPANY_DOCTOR', 'COACH'];

export interface ReadRule {
  readers: Relationship[];
  /** Readers who see only part of a list, with what each item they see must satisfy. */
  filtered?: Partial<Record<Relationship, (item: Record<string, unknown>) => boolean>>;
}

export const READ_RULES: Record<DataClass, ReadRule> = {
  CASE_BASICS: { readers: EVERYONE_ON_THE_CASE },
  DIRECTORY: { readers: EVERYONE_ON_THE_CASE },
  DIALOGUE_COLLEAGUES: { readers: ['CASE_MANAGER', 'COACH'] },
  ABSENCE: { readers: EVERYONE_ON_THE_CASE },
  SCHEDULE: { readers: EVERYONE_ON_THE_CASE },
  PROGRESS: { readers: EVERYONE_ON_THE_CASE },
  MEDICAL_NOTES: { readers: ['COMPANY_DOCTOR'] },
  CAPABILITY_PROFILE: { readers: EVERYONE_ON_THE_CASE },
  ACTION_PLAN: { readers: EVERYONE_ON_THE_CASE },
  // Written by employee and coach, read by the doctor; the manager only with its own consent,
  // which the demo employee did not give; the case manager never.
  RELAPSE_PLAN: { readers: ['EMPLOYEE', 'COMPANY_DOCTOR', 'COACH'] },
  // The demo employee consented to detail for coach and doctor, and to the trend for the manager.
  CHECK_IN_DETAIL: { readers: ['EMPLOYEE', 'COMPANY_DOCTOR', 'COACH'] },
  CHECK_IN_TREND: { readers: ['EMPLOYEE', 'MANAGER', 'COMPANY_DOCTOR', 'COACH'] },
  CHECK_IN_PRIVATE_NOTE: { readers: ['EMPLOYEE'] },
  TALK_REQUEST: { readers: ['EMPLOYEE', 'COACH'] },
  SESSION_REPORT: {
    readers: ['EMPLOYEE', 'COACH', 'MANAGER'],
    filtered: { MANAGER: (report) => report.state === undefined || report.state === 'RELEASED' },
  },
  SESSION_PRIVATE_NOTES: { readers: ['COACH'] },
  SESSION_REFLECTION: { readers: ['EMPLOYEE', 'COACH'] },
  CONSENT: {
    readers: ['EMPLOYEE', 'MANAGER', 'COMPANY_DOCTOR', 'COACH'],
    filtered: {
      MANAGER: (consent) => consent.granteeRole === undefined || consent.granteeRole === 'MANAGER',
      COMPANY_DOCTOR: (consent) => consent.granteeRole === undefined || consent.granteeRole === 'COMPANY_DOCTOR',
      COACH: (consent) => consent.granteeRole === undefined || consent.granteeRole === 'COACH',
    },
  },
  CONSENT_HISTORY: { readers: ['EMPLOYEE'] },
  ESCALATION: { readers: ['EMPLOYEE', 'COMPANY_DOCTOR', 'COACH'] },
  // Whether the programme fits, and why not in work terms (health-like wording is warned about).
  PROGRAMME_INTAKE: { readers: EVERYONE_ON_THE_CASE },
  EMPLOYEE_STATEMENT: { readers: EVERYONE_ON_THE_CASE },
  RECTIFICATION: {
    readers: ['EMPLOYEE', 'CASE_MANAGER', 'COMPANY_DOCTOR'],
    filtered: {
      CASE_MANAGER: (request) => request.dataClass !== 'MEDICAL_NOTES',
      COMPANY_DOCTOR: (request) => request.dataClass === 'MEDICAL_NOTES',
    },
  },
  LEGAL_HOLD: { readers: ['CASE_MANAGER'] },
  ORGANIZATION_SETTINGS: { readers: ['CASE_MANAGER'] },
  MATERNITY_LEAVE: { readers: ['CASE_MANAGER'] },
  EXPERT_OPINION: { readers: ['EMPLOYEE', 'CASE_MANAGER', 'COMPANY_DOCTOR'] },
  CASE_DOCUMENT: { readers: ['EMPLOYEE', 'CASE_MANAGER'] },
};
