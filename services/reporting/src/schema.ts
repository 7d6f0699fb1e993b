import { buildFederatedSchema } from '@terugkeer/service-kit';
import { CaseProgressResolver } from './modules/progress/case-progress.resolver';
import { CaseRef } from './modules/progress/case-progress.types';

export function buildReportingSchema() {
  return buildFederatedSchema({
    resolvers: [CaseProgressResolver],
    orphanedTypes: [CaseRef],
    referenceResolvers: { Case: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) } },
  });
}
