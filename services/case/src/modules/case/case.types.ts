import { Role, type CaseRelationship } from '@terugkeer/domain';
import { Connection } from '@terugkeer/service-kit';
import { registerEnumType } from 'type-graphql';
import { Case } from './case.entity';

export const CaseConnection = Connection(Case);

/** The values of `Role` in an object of their own: type-graphql keeps one GraphQL enum per object, and `Role` is registered already. */
export const CaseRelationshipName: Readonly<Record<CaseRelationship, CaseRelationship>> = { ...Role };
export type CaseRelationshipName = CaseRelationship;
registerEnumType(CaseRelationshipName, {
  name: 'CaseRelationship',
  description: 'How the viewer relates to a case; it decides what they may see of it.',
});
