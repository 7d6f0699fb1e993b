import { violationReason, type CaseRelationship, type Violation } from '@terugkeer/domain';
import { badInput, forbidden } from '@terugkeer/service-kit';

/** The relationship in which the viewer may perform an action on a case, or a refusal saying who may. */
export function actingRole<R extends CaseRelationship>(relationships: readonly CaseRelationship[], allowed: readonly R[], refusal: string): R {
  const role = allowed.find((candidate) => relationships.includes(candidate));
  if (!role) throw forbidden(refusal);
  return role;
}

/** Rejects an input with its first broken rule, naming the field. */
export function rejectViolations(violations: readonly Violation[]): void {
  const [first] = violations;
  if (first) throw badInput(first.field, violationReason(first));
}
