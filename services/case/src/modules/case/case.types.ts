import { Connection } from '@terugkeer/service-kit';
import { registerEnumType } from 'type-graphql';
import { Case } from './case.entity';

export const CaseConnection = Connection(Case);

export enum CaseRelationshipName {
  EMPLOYEE = 'EMPLOYEE',
  MANAGER = 'MANAGER',
  CASE_MANAGER = 'CASE_MANAGER',
  COMPANY_DOCTOR = 'COMPANY_DOCTOR',
  COACH = 'COACH',
}
registerEnumType(CaseRelationshipName, {
  name: 'CaseRelationship',
  description: 'How the viewer relates to a case; it decides what they may see of it.',
});
