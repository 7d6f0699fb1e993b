import type { CaseAccessFacts } from './case-relationship';
import type { Role } from './role';

export interface CaseParticipantOfRole {
  userId: string;
  role: Role;
}

export type CaseParticipantFacts = Pick<CaseAccessFacts, 'employeeUserId' | 'managerUserId' | 'doctorUserIds' | 'coachUserIds'>;

/** The people on a case, by the role they have in it: what a replica of the case's participants keeps. */
export function caseParticipantFacts(participants: readonly CaseParticipantOfRole[]): CaseParticipantFacts {
  const userOf = (role: Role) => participants.find((p) => p.role === role)?.userId ?? null;
  const usersOf = (role: Role) => participants.filter((p) => p.role === role).map((p) => p.userId);
  return {
    employeeUserId: userOf('EMPLOYEE'),
    managerUserId: userOf('MANAGER'),
    doctorUserIds: usersOf('COMPANY_DOCTOR'),
    coachUserIds: usersOf('COACH'),
  };
}
