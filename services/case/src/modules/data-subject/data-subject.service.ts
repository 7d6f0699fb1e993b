import { required } from '@terugkeer/domain';
import { conflict } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { appendAudit, auditSubjectOf } from '../audit';
import type { Case } from '../case/case.entity';
import { DataSubjectRepository, type StoredRectification } from './data-subject.repository';
import { readPersonalData } from './personal-data-export.repository';
import type { RectificationStatus } from './data-subject.types';

/** The employee's rights on their dossier (GDPR art. 15, 16, 20): each write one transaction with its audit entry. */
export class DataSubjectService {
  private readonly repository: DataSubjectRepository;

  constructor(private readonly dataSource: DataSource) {
    this.repository = new DataSubjectRepository(dataSource);
  }

  rectification(id: string) {
    return this.repository.rectification(id);
  }

  addStatement(employeeUserId: string, found: Case, text: string) {
    return this.dataSource.transaction(async (manager) => {
      const statement = await this.repository.addStatement(manager, found.id, employeeUserId, text);
      await appendAudit(manager, {
        actorUserId: employeeUserId,
        actorRole: 'EMPLOYEE',
        ...auditSubjectOf(found),
        action: 'CREATE',
        dataClass: 'EMPLOYEE_STATEMENT',
        recordId: statement.id,
        detail: { length: text.length },
      });
      return statement;
    });
  }

  requestRectification(employeeUserId: string, found: Case, dataClass: string, description: string) {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.repository.addRectification(manager, found.id, employeeUserId, dataClass, description);
      await appendAudit(manager, {
        actorUserId: employeeUserId,
        actorRole: 'EMPLOYEE',
        ...auditSubjectOf(found),
        action: 'CREATE',
        dataClass: 'CASE_BASICS',
        recordId: request.id,
        detail: { rectificationOf: dataClass },
      });
      return request;
    });
  }

  resolveRectification(actorUserId: string, found: Case, request: StoredRectification, expectedVersion: number, status: RectificationStatus, response: string) {
    return this.dataSource.transaction(async (manager) => {
      const resolved = await this.repository.resolveRectification(manager, request.id, expectedVersion, { status, response, resolvedBy: actorUserId });
      if (!resolved) throw conflict('RectificationRequest', required(await this.repository.rectification(request.id), 'the rectification request').version);
      await appendAudit(manager, {
        actorUserId,
        actorRole: request.dataClass === 'MEDICAL_NOTES' ? 'COMPANY_DOCTOR' : 'CASE_MANAGER',
        ...auditSubjectOf(found),
        action: 'UPDATE',
        dataClass: 'CASE_BASICS',
        recordId: request.id,
        detail: { rectificationOf: request.dataClass, status },
      });
      return resolved;
    });
  }

  /** Everything the case service holds about the user, read in one snapshot; the export itself is audited. */
  async exportPersonalData(userId: string): Promise<Record<string, unknown[]>> {
    const dossier = await this.dataSource.transaction('REPEATABLE READ', (manager) => readPersonalData(manager, userId));
    await this.dataSource.transaction((manager) =>
      appendAudit(manager, {
        actorUserId: userId,
        actorRole: 'EMPLOYEE',
        organizationId: null,
        subjectEmployeeId: null,
        caseId: null,
        action: 'EXPORT',
        dataClass: 'PERSONAL_DATA_EXPORT',
        recordId: userId,
        detail: { sections: Object.keys(dossier) },
      }),
    );
    return dossier;
  }
}
