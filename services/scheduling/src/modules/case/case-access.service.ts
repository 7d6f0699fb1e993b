import { caseRelationships, type CaseRelationship } from '@terugkeer/domain';
import { forbidden, notFound } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import type { SchedulingContext } from '../../context';
import { caseAccessLoader, type ReplicatedCase } from '../case/case-access.repository';

export interface VisibleCase {
  facts: ReplicatedCase;
  relationships: CaseRelationship[];
}

/** The case as this service's replica knows it; someone unrelated gets the same answer as for no case. */
export async function visibleCase(context: SchedulingContext, caseId: string): Promise<VisibleCase> {
  const visible = await findVisibleCase(context, caseId);
  if (!visible) throw notFound('Case', caseId);
  return visible;
}

/** The same, as null: for fields that show nothing of a case the viewer may not see. */
export async function findVisibleCase(context: SchedulingContext, caseId: string): Promise<VisibleCase | null> {
  const facts = await context.loaders.caseAccess.load(caseId);
  const relationships = facts ? caseRelationships(context.viewer, facts) : [];
  return facts && relationships.length > 0 ? { facts, relationships } : null;
}

export function requireOneOf(visible: VisibleCase, allowed: readonly CaseRelationship[], action: string): void {
  if (!visible.relationships.some((r) => allowed.includes(r))) throw forbidden(`You may not ${action} for this case.`);
}

/**
 * The replica's facts of a case, for event handlers and jobs (no viewer involved). Read in the
 * caller's transaction: a batch of events may have changed the participants just before.
 */
export function caseFacts(manager: EntityManager, caseId: string): Promise<ReplicatedCase | null> {
  return caseAccessLoader(manager).load(caseId);
}
