import type { CaseTimelineChanged } from '@terugkeer/events';
import { recordEvents } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import { loadTimelineFacts, milestonesOf } from './timeline-facts';

/** Publishes the current legal timeline of each case, for reminders and compliance elsewhere. */
export async function publishTimelines(manager: EntityManager, caseIds: readonly string[], now = new Date()): Promise<void> {
  const facts = await loadTimelineFacts(manager, caseIds);
  await recordEvents<CaseTimelineChanged>(
    manager,
    [...facts.values()].map((timeline) => ({
      type: 'case.timeline-changed',
      aggregateId: timeline.caseId,
      organizationId: timeline.organizationId,
      payload: {
        caseId: timeline.caseId,
        employeeId: timeline.employeeId,
        jurisdiction: timeline.jurisdiction,
        firstSickDay: timeline.firstSickDay,
        recoveryDate: timeline.span.recoveryDate ?? null,
        milestones: milestonesOf(timeline, now).map(({ key, kind, dueDate, status, fulfilledOn, onTime }) => ({
          key,
          kind,
          dueDate,
          status,
          fulfilledOn,
          onTime,
        })),
      },
    })),
  );
}
