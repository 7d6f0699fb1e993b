import type { CheckInScores, DipResult } from '@terugkeer/domain';
import type { CheckInRecorded } from '@terugkeer/events';
import { recordEvent } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { appendAudit, auditRead, auditSubjectOf } from '../audit';
import type { Case } from '../case/case.entity';
import { todayOfCase } from '../case/case-day';
import { checkInRecordedPayload } from './check-in.events';
import { CheckInRepository, type CheckInTexts } from './check-in.repository';

export interface NewCheckIn extends CheckInTexts {
  scores: CheckInScores;
  dip: DipResult;
}

/** The employee's check-ins: each one transaction with its event and audit entry; reads by others audited. */
export class CheckInService {
  constructor(private readonly dataSource: DataSource) {}

  record(employeeUserId: string, found: Case, checkIn: NewCheckIn, at = new Date()) {
    const { scores, dip } = checkIn;
    return this.dataSource.transaction(async (manager) => {
      const stored = await new CheckInRepository(manager).insert(found.id, todayOfCase(found, at), scores, checkIn, dip);
      await recordEvent<CheckInRecorded>(manager, {
        type: 'check-in.recorded',
        aggregateId: found.id,
        organizationId: found.organizationId,
        payload: checkInRecordedPayload(found, stored, scores, dip),
      });
      await appendAudit(manager, {
        actorUserId: employeeUserId,
        actorRole: 'EMPLOYEE',
        ...auditSubjectOf(found),
        action: 'CREATE',
        dataClass: 'CHECK_IN',
        recordId: stored.id,
        detail: { dip: dip.isDip },
      });
      return stored;
    });
  }

  auditRead(viewerUserId: string, found: Case, role: string, what: 'detail' | 'trend') {
    return auditRead(this.dataSource, {
      actorUserId: viewerUserId,
      actorRole: role,
      ...auditSubjectOf(found),
      dataClass: 'CHECK_IN',
      recordId: null,
      detail: { what },
    });
  }
}
