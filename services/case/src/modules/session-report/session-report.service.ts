import { awaitingValidationFrom, inputReason, required, transitionSessionReport, type CaseAccessFacts, type SessionReportAction } from '@terugkeer/domain';
import type { SessionReportChanged } from '@terugkeer/events';
import { badInput, conflict, notFound, recordEvent } from '@terugkeer/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit, auditRead, auditSubjectOf } from '../audit';
import type { Case } from '../case/case.entity';
import { CaseRepository } from '../case/case.repository';
import { CaseAppointmentsRepository } from '../case-appointments/case-appointments.repository';
import { DirectoryRepository } from '../directory/directory.repository';
import { EmployeeRepository } from '../directory/employee.repository';
import { shareableTextWarnings } from '../shareable-text/shareable-text';
import { SessionReportRepository, type StoredReflection, type StoredSessionReport } from './session-report.repository';
import { SessionKind, type SessionReport, type SessionReportResult } from './session-report.types';

export type SessionReportAudit = 'CREATE' | 'UPDATE' | 'VALIDATE' | 'REQUEST_CHANGE' | 'RELEASE' | 'REVOKE';

/** A report's text as the coach writes it, checked and trimmed by the resolver. */
export interface SessionReportText {
  reportId: string | null;
  expectedVersion: number | null;
  kind: SessionKind;
  heldOn: string;
  appointmentId: string | null;
  colleagueUserId: string | null;
  privateNotes: string;
  summary: string;
  reflection: StoredReflection | null;
  acknowledgeHealthWording: boolean;
}

/** Who reads: the coach sees private notes; the coach and the report's employee see a reflection's four answers. */
export interface SessionReportReader {
  userId: string;
  coach: boolean;
}

/** One step of a report's life: what happens, who acts, what the audit log says. */
export interface SessionReportStep {
  action: SessionReportAction;
  role: string;
  audit: SessionReportAudit;
  comment?: string | null;
}

/** Reports of talks: each write one transaction with its audit entry and its event; each read audited. */
export class SessionReportService {
  private readonly cases = new CaseRepository();
  private readonly directory = new DirectoryRepository();
  private readonly employees = new EmployeeRepository();

  constructor(private readonly dataSource: DataSource) {}

  byId(reportId: string): Promise<StoredSessionReport | null> {
    return new SessionReportRepository(this.dataSource).byId(reportId);
  }

  /** The reports of a case the viewer may see, already filtered, with the read audited. */
  async readOfCase(reader: SessionReportReader, role: string, found: Case, visible: StoredSessionReport[]): Promise<SessionReport[]> {
    if (visible.length) {
      await auditRead(this.dataSource, {
        actorUserId: reader.userId,
        actorRole: role,
        ...auditSubjectOf(found),
        dataClass: reader.coach ? 'SESSION_PRIVATE_NOTES' : 'SESSION_REPORT',
        recordId: null,
        detail: { reports: visible.length },
      });
    }
    return this.present(visible, reader);
  }

  async awaitingValidationBy(userId: string): Promise<SessionReport[]> {
    const reports = await new SessionReportRepository(this.dataSource).awaitingValidationBy(userId);
    for (const report of reports) {
      await auditRead(this.dataSource, {
        actorUserId: userId,
        actorRole: 'PARTICIPANT',
        organizationId: null,
        subjectEmployeeId: null,
        caseId: report.caseId,
        dataClass: 'SESSION_REPORT',
        recordId: report.id,
        detail: { validation: true },
      });
    }
    return this.present(reports, { userId, coach: false });
  }

  async requireAppointmentOfCase(appointmentId: string, found: Case): Promise<void> {
    if (!(await new CaseAppointmentsRepository(this.dataSource).isOfCase(appointmentId, found.id))) throw notFound('Appointment', appointmentId);
  }

  /** Who validates the summary: the employee, the manager in a three-way talk, the colleague in a dialogue talk. */
  async validators(facts: CaseAccessFacts, found: Case, kind: SessionKind, colleagueUserId: string | null): Promise<string[]> {
    if (!facts.employeeUserId) throw badInput('caseId', inputReason('EMPLOYEE_WITHOUT_LOGIN'));
    const validators = [facts.employeeUserId];
    if (kind === SessionKind.THREE_WAY) {
      if (!facts.managerUserId) throw badInput('kind', inputReason('NEEDS_MANAGER'));
      validators.push(facts.managerUserId);
    }
    if (kind === SessionKind.DIALOGUE) {
      if (!colleagueUserId) throw badInput('colleagueUserId', inputReason('COLLEAGUE_REQUIRED'));
      if (!(await this.employees.isColleague(this.dataSource, colleagueUserId, found.organizationId, facts.employeeUserId))) {
        throw badInput('colleagueUserId', inputReason('NOT_A_COLLEAGUE'));
      }
      validators.push(colleagueUserId);
    } else if (colleagueUserId) {
      throw badInput('colleagueUserId', inputReason('COLLEAGUE_NOT_ALLOWED'));
    }
    return validators;
  }

  /** Creates or edits a report; health-like wording in the summary holds it back until acknowledged. */
  async write(coachUserId: string, found: Case, text: SessionReportText, validators: string[]): Promise<SessionReportResult> {
    const warnings = shareableTextWarnings([['summary', text.summary]]);
    if (warnings.length && !text.acknowledgeHealthWording) return { saved: false, report: null, warnings };

    const id = await this.dataSource.transaction(async (manager) => {
      const repository = new SessionReportRepository(manager);
      const fields = {
        kind: text.kind,
        heldOn: text.heldOn,
        appointmentId: text.appointmentId,
        colleagueUserId: text.colleagueUserId,
        privateNotes: text.privateNotes,
        summary: text.summary,
        reflection: text.reflection,
        validators,
      };
      let reportId = text.reportId;
      if (!reportId) {
        reportId = await repository.insert({ ...fields, caseId: found.id, coachUserId, state: 'DRAFT' });
      } else {
        const current = await repository.byId(reportId, true);
        if (!current || current.caseId !== found.id) throw notFound('SessionReport', reportId);
        if (current.version !== text.expectedVersion) throw conflict('SessionReport', current.version);
        const edit = transitionSessionReport(current, { type: 'EDIT', by: 'COACH' });
        if (!edit.ok) throw badInput('reportId', edit.reason);
        await repository.updateText(reportId, fields);
      }
      const written = required(await repository.byId(reportId), 'the session report just written');
      await repository.remember(reportId, coachUserId, text.reportId ? 'EDIT' : 'CREATE', written.state);
      await this.publish(manager, found, reportId, { userId: coachUserId, role: 'COACH' }, text.reportId ? 'UPDATE' : 'CREATE');
      return reportId;
    });
    const [report] = await this.present([required(await this.byId(id), 'the session report just written')], { userId: coachUserId, coach: true });
    return { saved: true, report, warnings };
  }

  /** Moves a report one step in one transaction, with its event and audit entry. */
  async move(actorUserId: string, found: Case, reportId: string, expectedVersion: number, step: SessionReportStep, coach: boolean): Promise<SessionReport> {
    await this.dataSource.transaction(async (manager) => {
      const repository = new SessionReportRepository(manager);
      const current = await repository.byId(reportId, true);
      if (!current) throw notFound('SessionReport', reportId);
      if (current.version !== expectedVersion) throw conflict('SessionReport', current.version);
      const next = transitionSessionReport(current, step.action);
      if (!next.ok) throw badInput('reportId', next.reason);
      await repository.moveTo(current.id, next.state, next.validatedBy);
      await repository.remember(current.id, actorUserId, step.action.type, next.state, step.comment ?? null);
      await this.publish(manager, found, current.id, { userId: actorUserId, role: step.role }, step.audit);
    });
    const [presented] = await this.present([required(await this.byId(reportId), 'the session report just moved')], { userId: actorUserId, coach });
    return presented;
  }

  private async present(reports: StoredSessionReport[], reader: SessionReportReader): Promise<SessionReport[]> {
    const users = await this.directory.userNames(this.dataSource, [...new Set(reports.flatMap((r) => r.validators))]);
    const managers = reports.length
      ? await this.cases.managerUserIds(this.dataSource, [...new Set(reports.map((r) => r.caseId))])
      : new Map<string, string | null>();
    return reports.map((report) => {
      const roleOf = (userId: string) => (userId === report.colleagueUserId ? 'COLLEAGUE' : userId === managers.get(report.caseId) ? 'MANAGER' : 'EMPLOYEE');
      const readerIsEmployee = report.validators.includes(reader.userId) && roleOf(reader.userId) === 'EMPLOYEE';
      return {
        ...report,
        privateNotes: reader.coach ? report.privateNotes : null,
        reflection: reader.coach || readerIsEmployee ? report.reflection : null,
        participants: report.validators.map((userId) => ({
          userId,
          name: users.find((u) => u.id === userId)?.name ?? '',
          role: roleOf(userId),
          validated: report.validatedBy.includes(userId),
        })),
      };
    }) as SessionReport[];
  }

  private async publish(manager: EntityManager, found: Case, reportId: string, actor: { userId: string; role: string }, action: SessionReportAudit) {
    const report = required(await new SessionReportRepository(manager).byId(reportId), 'the session report just written');
    await recordEvent<SessionReportChanged>(manager, {
      type: 'session-report.changed',
      aggregateId: found.id,
      organizationId: found.organizationId,
      payload: {
        caseId: found.id,
        reportId,
        appointmentId: report.appointmentId,
        kind: report.kind,
        state: report.state,
        awaitingValidationFrom: awaitingValidationFrom(report),
        changedAt: new Date().toISOString(),
      },
    });
    await appendAudit(manager, {
      actorUserId: actor.userId,
      actorRole: actor.role,
      ...auditSubjectOf(found),
      action,
      dataClass: 'SESSION_REPORT',
      recordId: reportId,
      detail: { state: report.state },
    });
  }
}
