import { buildFederatedSchema } from '@terugkeer/service-kit';
import { AbsenceStatisticsResolver } from './modules/statistics/absence-statistics.resolver';
import { CaseProgressResolver } from './modules/progress/case-progress.resolver';
import { CaseRef } from './modules/progress/case-progress.types';

export function buildReportingSchema() {
  return buildFederatedSchema({
    resolvers: [CaseProgressResolver, AbsenceStatisticsResolver],
    orphanedTypes: [CaseRef],
    referenceResolvers: { Case: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) } },
  });
}
