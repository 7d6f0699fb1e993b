import type { CaseParticipantsChanged } from '@terugkeer/events';
import { recordEvent, recordEvents } from '@terugkeer/service-kit';
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

/** `publishParticipants` for many cases of one organization, in a few statements. */
export async function publishParticipantsOfCases(manager: EntityManager, caseIds: readonly string[], organizationId: string): Promise<void> {
  const participants = await new CaseRepository().participantsOfCases(manager, caseIds);
  await recordEvents<CaseParticipantsChanged>(
    manager,
    caseIds.map((caseId) => ({
      type: 'case.participants-changed',
      aggregateId: caseId,
      organizationId,
      payload: { caseId, participants: participants.get(caseId) ?? [] },
    })),
  );
}
