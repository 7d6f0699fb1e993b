import type { DataSource } from 'typeorm';
import { appendAudit, auditSubjectOf } from '../audit';
import type { Case } from '../case/case.entity';
import type { MaternityLeave } from '@terugkeer/domain';
import { CaseRepository, type CaseReintegration, type WagePaymentExtensionGround } from '../case/case.repository';
import { recordMilestoneFulfilment } from './milestone-fulfilment';
import { publishTimelines } from './timeline-events';
import { loadTimelineFacts, type TimelineFacts } from './timeline-facts';

export interface Reintegration extends CaseReintegration {
  decidedOn: string | null;
}

/** Writes of the legal timeline: each one transaction with its audit entry and the published timeline. */
export class TimelineService {
  private readonly cases = new CaseRepository();

  constructor(private readonly dataSource: DataSource) {}

  async timelineFacts(caseId: string): Promise<TimelineFacts | undefined> {
    return (await loadTimelineFacts(this.dataSource, [caseId])).get(caseId);
  }

  markDone(actorUserId: string, found: Case, key: string, fulfilledOn: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await recordMilestoneFulfilment(manager, { caseId: found.id, key, fulfilledOn, source: 'case-manager', recordId: null });
      await appendAudit(manager, {
        actorUserId,
        actorRole: 'CASE_MANAGER',
        ...auditSubjectOf(found),
        action: 'UPDATE',
        dataClass: 'CASE_BASICS',
        recordId: key,
        detail: { milestone: key, fulfilledOn },
      });
    });
  }

  setReintegration(actor: { userId: string; role: string }, found: Case, reintegration: Reintegration, now: Date): Promise<void> {
    const { requestedOn, assessmentOutcome, decidedOn } = reintegration;
    return this.dataSource.transaction(async (manager) => {
      await this.cases.setReintegration(manager, found.id, reintegration);
      if (decidedOn) {
        await recordMilestoneFulfilment(manager, {
          caseId: found.id,
          key: 'ASSESSMENT_DECISION',
          fulfilledOn: decidedOn,
          source: 'reintegration',
          recordId: null,
        });
      }
      await publishTimelines(manager, [found.id], now);
      await appendAudit(manager, {
        actorUserId: actor.userId,
        actorRole: actor.role,
        ...auditSubjectOf(found),
        action: 'UPDATE',
        dataClass: 'CASE_BASICS',
        recordId: found.id,
        detail: { reintegrationRequestedOn: requestedOn, assessmentOutcome },
      });
    });
  }

  setWagePaymentExtension(actorUserId: string, found: Case, kind: WagePaymentExtensionGround, days: number): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await this.cases.setWagePaymentExtension(manager, found.id, kind, days);
      await publishTimelines(manager, [found.id]);
      await appendAudit(manager, {
        actorUserId,
        actorRole: 'CASE_MANAGER',
        ...auditSubjectOf(found),
        action: 'UPDATE',
        dataClass: 'CASE_BASICS',
        recordId: found.id,
        detail: { wagePaymentExtension: kind, days },
      });
    });
  }

  setMaternityLeave(actorUserId: string, found: Case, leave: MaternityLeave | null): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await this.cases.setMaternityLeave(manager, found.id, leave);
      await publishTimelines(manager, [found.id]);
      // The dates are the employer's own (it applies for the WAZO benefit); the audit names the change, not them.
      await appendAudit(manager, {
        actorUserId,
        actorRole: 'CASE_MANAGER',
        ...auditSubjectOf(found),
        action: 'UPDATE',
        dataClass: 'CASE_BASICS',
        recordId: found.id,
        detail: { maternityLeave: leave ? 'SET' : 'REMOVED' },
      });
    });
  }
}
