import { inputReason, type CaseRelationship } from '@terugkeer/domain';
import { badInput } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import type { ReplicatedCase } from './case-access.repository';
import { peopleOfEmployer } from '../people/employer-people.repository';

/** How someone named for a case relates to it: a participant's role, or a colleague at the same employer. */
export type CasePersonRole = CaseRelationship | 'COLLEAGUE';

/** The user ids of the case's participants, by the role they have in it. */
function participantRoles(facts: ReplicatedCase): Map<string, CaseRelationship> {
  const roles = new Map<string, CaseRelationship>();
  for (const id of facts.coachUserIds) roles.set(id, 'COACH');
  for (const id of facts.doctorUserIds) roles.set(id, 'COMPANY_DOCTOR');
  if (facts.managerUserId) roles.set(facts.managerUserId, 'MANAGER');
  if (facts.employeeUserId) roles.set(facts.employeeUserId, 'EMPLOYEE');
  return roles;
}

/**
 * The people an input names for a case (the participants of a talk, a colleague), each with
 * their role in it: a participant's own, COLLEAGUE for anyone else of the case's employer.
 * Anyone beyond that, another employer's people above all, makes the input bad on `field`
 * with the same answer as an id nobody has, before anything about them is read.
 */
export async function requireCasePeople(
  manager: EntityManager,
  facts: ReplicatedCase,
  userIds: readonly string[],
  field: string,
): Promise<Map<string, CasePersonRole>> {
  const roles: Map<string, CasePersonRole> = participantRoles(facts);
  const others = [...new Set(userIds)].filter((id) => !roles.has(id));
  const colleagues = others.length ? await peopleOfEmployer(manager, facts.organizationId, others) : new Set<string>();
  if (others.some((id) => !colleagues.has(id))) throw badInput(field, inputReason('NOT_A_COLLEAGUE'));
  return new Map([...new Set(userIds)].map((id) => [id, roles.get(id) ?? 'COLLEAGUE']));
}
