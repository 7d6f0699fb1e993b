import { buildFederatedSchema } from '@terugkeer/service-kit';
import { CaseProgressResolver } from './modules/progress/case-progress.resolver';
import { CaseRef } from './modules/progress/case-progress.types';

export const resolvers = [CaseProgressResolver] as const;

export function buildReportingSchema() {
  return buildFederatedSchema({
    resolvers,
    orphanedTypes: [CaseRef],
    referenceResolvers: { Case: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) } },
  });
}
