import { required } from '@terugkeer/domain';
import type { EscalationChanged } from '@terugkeer/events';
import { recordEvent } from '@terugkeer/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit, type AuditAction, auditSubjectOf } from '../audit';
import type { Case } from '../case/case.entity';
import { todayOfCase } from '../case/case-day';
import { CaseRepository } from '../case/case.repository';
import { EscalationRepository, type RecordedAgreement } from './escalation.repository';
import type { Escalation, EscalationUrgency } from './escalation.types';

/** The reason stays in the case service: the event says only that an escalation exists and how urgent it is. */
export class EscalationService {
  private readonly repository = new EscalationRepository();

  constructor(private readonly dataSource: DataSource) {}

  forCase(caseId: string) {
    return this.repository.forCase(this.dataSource, caseId);
  }

  byId(id: string) {
    return this.repository.byId(this.dataSource, id);
  }

  assignedDoctor(caseId: string) {
    return new CaseRepository().assignedDoctor(this.dataSource, caseId);
  }

  /** With a recorded agreement it goes to the doctor at once; without, it waits for the employee's own answer. */
  raise(
    coachUserId: string,
    found: Case,
    doctorUserId: string,
    reason: string,
    urgency: EscalationUrgency,
    agreement: RecordedAgreement | null,
    at = new Date(),
  ): Promise<Escalation> {
    return this.dataSource.transaction(async (manager) => {
      const id = await this.repository.insert(manager, { caseId: found.id, coachUserId, doctorUserId, reason, urgency, agreement, at });
      return this.finish(manager, coachUserId, 'COACH', found, id, 'CREATE');
    });
  }

  /** The employee agrees (the doctor now sees it) or declines (it stays between employee and coach). Null when the version moved on. */
  answer(employeeUserId: string, found: Case, escalation: Escalation, expectedVersion: number, agree: boolean, at = new Date()): Promise<Escalation | null> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.answer(manager, escalation.id, expectedVersion, agree, at, todayOfCase(found, at)))) return null;
      return this.finish(manager, employeeUserId, 'EMPLOYEE', found, escalation.id, agree ? 'GRANT' : 'REVOKE');
    });
  }

  /** Null when someone acknowledged it first or the version moved on. */
  acknowledge(doctorUserId: string, found: Case, escalation: Escalation, expectedVersion: number, note: string, at = new Date()): Promise<Escalation | null> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.acknowledge(manager, escalation.id, expectedVersion, doctorUserId, note, at))) return null;
      return this.finish(manager, doctorUserId, 'COMPANY_DOCTOR', found, escalation.id, 'ACKNOWLEDGE');
    });
  }

  private async finish(manager: EntityManager, userId: string, role: string, found: Case, id: string, action: AuditAction) {
    const escalation = required(await this.repository.byId(manager, id), 'the escalation just written');
    await appendAudit(manager, {
      actorUserId: userId,
      actorRole: role,
      ...auditSubjectOf(found),
      action,
      dataClass: 'ESCALATION',
      recordId: id,
      detail: { urgency: escalation.urgency, status: escalation.status },
    });
    await recordEvent<EscalationChanged>(manager, {
      type: 'escalation.changed',
      aggregateId: found.id,
      organizationId: found.organizationId,
      payload: {
        caseId: found.id,
        escalationId: id,
        urgency: escalation.urgency,
        status: escalation.status,
        doctorUserId: escalation.doctorUserId,
        raisedAt: escalation.raisedAt.toISOString(),
      },
    });
    return escalation;
  }
}
