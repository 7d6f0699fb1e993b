import { required } from '@terugkeer/domain';
import { conflict } from '@terugkeer/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '../audit';
import { rejectViolations } from '../case/acting-role';
import { inputField, violationsOfReports } from './absence-rules';
import { reconcileEmployeeCases } from './case-reconciliation';
import { SickReportRepository, type StoredSickReport } from './sick-report.repository';

export interface AbsenceActor {
  userId: string;
  role: string;
}

/** Sick reports: each change one transaction that re-derives the employee's cases and is audited. */
export class AbsenceService {
  constructor(private readonly dataSource: DataSource) {}

  byId(reportId: string): Promise<StoredSickReport | null> {
    return new SickReportRepository(this.dataSource.manager).byId(reportId);
  }

  record(actor: AbsenceActor, organizationId: string, report: StoredSickReport): Promise<StoredSickReport> {
    return this.dataSource.transaction(async (manager) => {
      const repository = new SickReportRepository(manager);
      rejectViolations(violationsOfReports(report, await repository.ofEmployee(report.employeeId, true)).map((v) => ({ ...v, field: inputField(v.field) })));
      await repository.insert(report, actor.userId);
      await reconcileEmployeeCases(manager, report.employeeId, [report.id]);
      const stored = required(await repository.byId(report.id), 'the sick report just recorded');
      await this.audit(manager, actor, organizationId, stored, 'CREATE', { firstSickDay: report.firstSickDay });
      return stored;
    });
  }

  change(
    actor: AbsenceActor,
    organizationId: string,
    employeeId: string,
    reportId: string,
    expectedVersion: number,
    change: (report: StoredSickReport) => StoredSickReport,
  ): Promise<StoredSickReport> {
    return this.dataSource.transaction(async (manager) => {
      const repository = new SickReportRepository(manager);
      const others = await repository.ofEmployee(employeeId, true);
      const locked = required(
        others.find((r) => r.id === reportId),
        `sick report ${reportId} among the employee's reports`,
      );
      if (locked.version !== expectedVersion) throw conflict('SickReport', locked.version);
      const next = change(locked);
      rejectViolations(violationsOfReports(next, others).map((v) => ({ ...v, field: inputField(v.field) })));
      await repository.updateAbsence(reportId, expectedVersion, next);
      await reconcileEmployeeCases(manager, employeeId, [reportId]);
      const stored = required(await repository.byId(reportId), 'the sick report just changed');
      await this.audit(manager, actor, organizationId, stored, 'UPDATE', {
        intervals: next.intervals.length,
        recovered: next.recoveryDate !== null,
      });
      return stored;
    });
  }

  private async audit(
    manager: EntityManager,
    actor: AbsenceActor,
    organizationId: string,
    report: StoredSickReport,
    action: 'CREATE' | 'UPDATE',
    detail: Record<string, unknown>,
  ) {
    await appendAudit(manager, {
      actorUserId: actor.userId,
      actorRole: actor.role,
      organizationId,
      subjectEmployeeId: report.employeeId,
      caseId: report.caseId,
      action,
      dataClass: 'ABSENCE',
      recordId: report.id,
      detail,
    });
  }
}
