import type { CaseStatus, ParticipantRole } from '@terugkeer/events';

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
  roles?: Exclude<ParticipantRole, 'COMPANY_DOCTOR' | 'COACH'>[];
}

export interface DemoCase {
  key: string;
  employeeKey: string;
  status: CaseStatus;
  firstSickDayOffset: number;
  recoveryDayOffset?: number;
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
    { key: 'sanne', employeeKey: 'sanne', status: 'BUILD_UP', firstSickDayOffset: -84, doctorKey: 'doctor-eva', coachKey: 'coach-joost' },
    { key: 'noor-new', employeeKey: 'noor', status: 'NEW', firstSickDayOffset: -4, doctorKey: 'doctor-eva', coachKey: 'coach-joost' },
    { key: 'thomas-week6', employeeKey: 'thomas', status: 'PROBLEM_ANALYSIS', firstSickDayOffset: -38, doctorKey: 'doctor-eva', coachKey: 'coach-joost' },
    { key: 'lisa-plan', employeeKey: 'lisa', status: 'ACTION_PLAN', firstSickDayOffset: -58, doctorKey: 'doctor-eva', coachKey: 'coach-joost' },
    { key: 'bram-recovered', employeeKey: 'bram', status: 'RECOVERED', firstSickDayOffset: -160, recoveryDayOffset: -20, doctorKey: 'doctor-eva', coachKey: 'coach-joost' },
    { key: 'emma-relapse', employeeKey: 'emma', status: 'RELAPSE', firstSickDayOffset: -120, doctorKey: 'doctor-eva', coachKey: 'coach-joost' },
    { key: 'youssef-buildup', employeeKey: 'youssef', status: 'BUILD_UP', firstSickDayOffset: -70, doctorKey: 'doctor-ruud' },
  ],
};

export const ANDERE_BV: DemoOrganization = {
  key: 'andere-bv',
  name: 'Andere BV',
  departments: ['Verkoop', 'Logistiek'],
  people: [
    { key: 'andere-manager', name: 'Kees de Groot', email: 'leidinggevende@andere.test', department: 'Verkoop', hoursPerWeek: 40, roles: ['EMPLOYEE', 'MANAGER'] },
    { key: 'andere-hr', name: 'Wendy Kramer', email: 'hr@andere.test', department: 'Logistiek', hoursPerWeek: 32, roles: ['EMPLOYEE', 'CASE_MANAGER'] },
    { key: 'andere-werknemer', name: 'Pieter Hendriks', email: 'werknemer@andere.test', department: 'Verkoop', managerKey: 'andere-manager', hoursPerWeek: 40, roles: ['EMPLOYEE'] },
    { key: 'andere-sofie', name: 'Sofie Brouwer', department: 'Logistiek', managerKey: 'andere-manager', hoursPerWeek: 24 },
    { key: 'andere-jan', name: 'Jan Koster', department: 'Logistiek', managerKey: 'andere-manager', hoursPerWeek: 36 },
  ],
  cases: [{ key: 'pieter', employeeKey: 'andere-werknemer', status: 'ACTION_PLAN', firstSickDayOffset: -50, doctorKey: 'doctor-ruud', coachKey: 'coach-lotte' }],
};
