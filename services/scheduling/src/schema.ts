import { buildFederatedSchema } from '@terugkeer/service-kit';
import { CaseAppointmentsResolver } from './modules/appointment/appointment.resolver';
import { CaseRef } from './modules/appointment/case-ref';

export function buildSchedulingSchema() {
  return buildFederatedSchema({
    resolvers: [CaseAppointmentsResolver],
    orphanedTypes: [CaseRef],
    referenceResolvers: { Case: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) } },
  });
}
