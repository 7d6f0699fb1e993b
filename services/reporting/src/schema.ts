import { buildFederatedSchema } from '@terugkeer/service-kit';
import { AnalyticsResolver } from './modules/analytics/analytics.resolver';
import { CaseRef } from './modules/case/case.types';
import { CaseProgressResolver } from './modules/progress/case-progress.resolver';
import { CaseDocumentResolver } from './modules/documents/case-document.resolver';
import { OrganizationReportResolver } from './modules/organization-report/organization-report.resolver';
import { AbsenceStatisticsResolver } from './modules/statistics/absence-statistics.resolver';

export const resolvers = [CaseProgressResolver, AbsenceStatisticsResolver, OrganizationReportResolver, CaseDocumentResolver, AnalyticsResolver] as const;

export function buildReportingSchema() {
  return buildFederatedSchema({
    resolvers,
    orphanedTypes: [CaseRef],
    referenceResolvers: { Case: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) } },
  });
}
