import type { CaseStatus, Jurisdiction, Role, SafetyNetGround } from '@terugkeer/domain';

/**
 * The demo world: two employers and one health provider. Dates are offsets in days
 * from the day the demo is first loaded, so the phases look right whenever it is.
 */
export interface DemoPerson {
  key: string;
  name: string;
  email?: string;
  department?: string;
  managerKey?: string;
  hoursPerWeek: number;
  roles?: Exclude<Role, 'COMPANY_DOCTOR' | 'COACH'>[];
}

/** A sick report: absence from `startOffset`, changes of percentage, and the first fit day. */
export interface DemoReport {
  startOffset: number;
  /** After the first day's 100 %; the first interval is always 100 % from the start. */
  changes?: { offset: number; percentage: number; therapeutic?: boolean }[];
  recoveryOffset?: number;
  safetyNetGround?: SafetyNetGround;
}

export interface DemoCase {
  key: string;
  employeeKey: string;
  status: CaseStatus;
  firstSickDayOffset: number;
  recoveryDayOffset?: number;
  /** Defaults to one report at 100 % from the first sick day until the recovery. */
  reports?: DemoReport[];
  jurisdiction?: Jurisdiction;
  /** NL: days of wage sanction imposed by UWV (art. 25 lid 9 Wet WIA). */
  wageSanctionDays?: number;
  /** Legal steps already taken: milestone key → day offset. */
  fulfilled?: Record<string, number>;
  /** The health provider's doctor and coach on this case, by key. */
  doctorKey?: string;
  coachKey?: string;
}

export interface DemoOrganization {
  key: string;
  name: string;
  departments: string[];
  people: DemoPerson[];
  cases: DemoCase[];
}

export const DEMO_PROVIDER = {
  key: 'arbo-demo',
  name: 'Arbo Demo',
  staff: [
    { key: 'doctor-eva', name: 'Eva Bakker', email: 'bedrijfsarts@arbo.test', role: 'COMPANY_DOCTOR' as const },
    { key: 'coach-joost', name: 'Joost Visser', email: 'coach@arbo.test', role: 'COACH' as const },
    { key: 'doctor-ruud', name: 'Ruud Smit', email: 'bedrijfsarts2@arbo.test', role: 'COMPANY_DOCTOR' as const },
    { key: 'coach-lotte', name: 'Lotte Mulder', email: 'coach2@arbo.test', role: 'COACH' as const },
  ],
};

/** Analysts hold only the ANALYST role: aggregates of their organization, no employee record of their own. */
export const DEMO_ANALYSTS = [{ key: 'analist-zorggroep', name: 'Iris Vermeulen', email: 'analist@demo.test', organizationKey: 'zorggroep-demo' }];

export const ZORGGROEP: DemoOrganization = {
  key: 'zorggroep-demo',
  name: 'Zorggroep Demo',
  departments: ['Verpleging', 'Administratie', 'Facilitair'],
  people: [
    { key: 'mark', name: 'Mark Jansen', email: 'leidinggevende@demo.test', department: 'Verpleging', hoursPerWeek: 36, roles: ['EMPLOYEE', 'MANAGER'] },
    { key: 'fatima', name: 'Fatima El Amrani', email: 'hr@demo.test', department: 'Administratie', hoursPerWeek: 32, roles: ['EMPLOYEE', 'CASE_MANAGER'] },
    { key: 'ingrid', name: 'Ingrid Hoekstra', email: 'leidinggevende2@demo.test', department: 'Facilitair', hoursPerWeek: 36, roles: ['EMPLOYEE', 'MANAGER'] },
    { key: 'sanne', name: 'Sanne de Vries', email: 'werknemer@demo.test', department: 'Verpleging', managerKey: 'mark', hoursPerWeek: 32, roles: ['EMPLOYEE'] },
    { key: 'daan', name: 'Daan Bos', email: 'collega@demo.test', department: 'Verpleging', managerKey: 'mark', hoursPerWeek: 36, roles: ['EMPLOYEE'] },
    { key: 'noor', name: 'Noor Willems', department: 'Verpleging', managerKey: 'mark', hoursPerWeek: 24 },
    { key: 'thomas', name: 'Thomas Kok', department: 'Verpleging', managerKey: 'mark', hoursPerWeek: 36 },
    { key: 'lisa', name: 'Lisa van Dijk', department: 'Verpleging', managerKey: 'mark', hoursPerWeek: 28 },
    { key: 'bram', name: 'Bram Peters', department: 'Administratie', managerKey: 'mark', hoursPerWeek: 40 },
    { key: 'emma', name: 'Emma de Boer', department: 'Administratie', managerKey: 'mark', hoursPerWeek: 20 },
    { key: 'youssef', name: 'Youssef Haddou', department: 'Facilitair', managerKey: 'ingrid', hoursPerWeek: 38 },
    { key: 'anouk', name: 'Anouk Meijer', department: 'Facilitair', managerKey: 'ingrid', hoursPerWeek: 32 },
    { key: 'ruben', name: 'Ruben Vos', department: 'Facilitair', managerKey: 'ingrid', hoursPerWeek: 36 },
    { key: 'femke', name: 'Femke Dekker', department: 'Verpleging', managerKey: 'mark', hoursPerWeek: 32 },
  ],
  cases: [
    {
      key: 'sanne',
      employeeKey: 'sanne',
      status: 'BUILD_UP',
      firstSickDayOffset: -84,
      doctorKey: 'doctor-eva',
      coachKey: 'coach-joost',
      reports: [
        {
          startOffset: -84,
          changes: [
            { offset: -28, percentage: 75 },
            { offset: -14, percentage: 50 },
          ],
        },
      ],
    },
    { key: 'noor-new', employeeKey: 'noor', status: 'NEW', firstSickDayOffset: -4, doctorKey: 'doctor-eva', coachKey: 'coach-joost' },
    {
      key: 'thomas-week6',
      employeeKey: 'thomas',
      status: 'PROBLEM_ANALYSIS',
      firstSickDayOffset: -38,
      doctorKey: 'doctor-eva',
      coachKey: 'coach-joost',
      reports: [{ startOffset: -38, changes: [{ offset: -10, percentage: 100, therapeutic: true }] }],
    },
    {
      key: 'lisa-plan',
      employeeKey: 'lisa',
      status: 'ACTION_PLAN',
      firstSickDayOffset: -58,
      doctorKey: 'doctor-eva',
      coachKey: 'coach-joost',
      fulfilled: { PROBLEM_ANALYSIS: -20 },
    },
    {
      key: 'bram-recovered',
      employeeKey: 'bram',
      status: 'RECOVERED',
      firstSickDayOffset: -160,
      recoveryDayOffset: -20,
      doctorKey: 'doctor-eva',
      coachKey: 'coach-joost',
      fulfilled: { PROBLEM_ANALYSIS: -122, ACTION_PLAN: -108 },
    },
    {
      // A relapse 15 fit days after recovering: the law continues the same case.
      key: 'emma-relapse',
      employeeKey: 'emma',
      status: 'RELAPSE',
      firstSickDayOffset: -120,
      doctorKey: 'doctor-eva',
      coachKey: 'coach-joost',
      reports: [
        { startOffset: -120, recoveryOffset: -60 },
        { startOffset: -45, changes: [{ offset: -20, percentage: 50 }] },
      ],
      fulfilled: { PROBLEM_ANALYSIS: -82 },
    },
    {
      key: 'youssef-buildup',
      employeeKey: 'youssef',
      status: 'BUILD_UP',
      firstSickDayOffset: -70,
      doctorKey: 'doctor-ruud',
      reports: [{ startOffset: -70, changes: [{ offset: -21, percentage: 60 }] }],
      fulfilled: { PROBLEM_ANALYSIS: -30, ACTION_PLAN: -16 },
    },
    {
      // Recovered long ago; the new report, months later, opens a case of its own.
      key: 'femke-earlier',
      employeeKey: 'femke',
      status: 'RECOVERED',
      firstSickDayOffset: -300,
      recoveryDayOffset: -250,
      doctorKey: 'doctor-eva',
    },
    { key: 'femke-now', employeeKey: 'femke', status: 'NEW', firstSickDayOffset: -9, doctorKey: 'doctor-eva' },
  ],
};

export const ANDERE_BV: DemoOrganization = {
  key: 'andere-bv',
  name: 'Andere BV',
  departments: ['Verkoop', 'Logistiek'],
  people: [
    {
      key: 'andere-manager',
      name: 'Kees de Groot',
      email: 'leidinggevende@andere.test',
      department: 'Verkoop',
      hoursPerWeek: 40,
      roles: ['EMPLOYEE', 'MANAGER'],
    },
    { key: 'andere-hr', name: 'Wendy Kramer', email: 'hr@andere.test', department: 'Logistiek', hoursPerWeek: 32, roles: ['EMPLOYEE', 'CASE_MANAGER'] },
    {
      key: 'andere-werknemer',
      name: 'Pieter Hendriks',
      email: 'werknemer@andere.test',
      department: 'Verkoop',
      managerKey: 'andere-manager',
      hoursPerWeek: 40,
      roles: ['EMPLOYEE'],
    },
    { key: 'andere-sofie', name: 'Sofie Brouwer', department: 'Logistiek', managerKey: 'andere-manager', hoursPerWeek: 24 },
    { key: 'andere-jan', name: 'Jan Koster', department: 'Logistiek', managerKey: 'andere-manager', hoursPerWeek: 36 },
  ],
  cases: [
    {
      // Pieter works at the Belgian branch: his case follows the Belgian re-integration rules. A
      // progressive return of 20 days interrupted his incapacity, so the 3 and 9 months count anew
      // from 50 days ago.
      key: 'pieter',
      employeeKey: 'andere-werknemer',
      status: 'ACTION_PLAN',
      firstSickDayOffset: -100,
      doctorKey: 'doctor-ruud',
      coachKey: 'coach-lotte',
      jurisdiction: 'BE',
      reports: [
        {
          startOffset: -100,
          changes: [
            { offset: -70, percentage: 50 },
            { offset: -50, percentage: 100 },
          ],
        },
      ],
    },
    {
      // Sick for pregnancy-related reasons: a safety-net case, reported to UWV within 6 weeks.
      key: 'sofie-pregnancy',
      employeeKey: 'andere-sofie',
      status: 'NEW',
      firstSickDayOffset: -12,
      reports: [{ startOffset: -12, safetyNetGround: 'PREGNANCY' }],
    },
    {
      // Past the 104 weeks: UWV imposed a wage sanction of 26 weeks, so wage payment runs on.
      key: 'jan-sanction',
      employeeKey: 'andere-jan',
      status: 'BUILD_UP',
      firstSickDayOffset: -760,
      reports: [{ startOffset: -760, changes: [{ offset: -300, percentage: 60 }] }],
      wageSanctionDays: 182,
      fulfilled: { PROBLEM_ANALYSIS: -722, ACTION_PLAN: -708, UWV_SICKNESS_NOTIFICATION: -470, FIRST_YEAR_EVALUATION: -400, WIA_APPLICATION: -115 },
    },
  ],
};
