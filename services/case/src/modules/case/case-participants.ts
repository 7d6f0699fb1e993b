import type { CaseParticipantsChanged } from '@terugkeer/events';
import { recordEvent } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import { CaseRepository } from './case.repository';

export async function publishParticipants(manager: EntityManager, caseId: string, organizationId: string): Promise<void> {
  await recordEvent<CaseParticipantsChanged>(manager, {
    type: 'case.participants-changed',
    aggregateId: caseId,
    organizationId,
    payload: { caseId, participants: await new CaseRepository().participants(manager, caseId) },
  });
}
