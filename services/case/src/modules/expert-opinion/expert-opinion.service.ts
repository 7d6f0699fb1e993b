import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { appendAudit, auditSubjectOf } from '../audit';
import type { Case } from '../case/case.entity';
import { ExpertOpinionRepository } from './expert-opinion.repository';
import type { ExpertOpinion } from './expert-opinion.types';

/** Expert opinions of UWV on a case: each write one transaction with its audit entry. */
export class ExpertOpinionService {
  private readonly opinions = new ExpertOpinionRepository();

  constructor(private readonly dataSource: DataSource) {}

  ofCase(caseId: string): Promise<ExpertOpinion[]> {
    return this.opinions.ofCase(this.dataSource, caseId);
  }

  find(id: string) {
    return this.opinions.find(this.dataSource, id);
  }

  request(actorUserId: string, found: Case, opinion: Omit<ExpertOpinion, 'id' | 'outcome' | 'decidedOn'>): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      await this.opinions.insert(manager, found.id, { id, ...opinion });
      await appendAudit(manager, {
        actorUserId,
        actorRole: 'CASE_MANAGER',
        ...auditSubjectOf(found),
        action: 'CREATE',
        dataClass: 'CASE_BASICS',
        recordId: id,
        detail: { expertOpinion: opinion.subject, requestedBy: opinion.requestedBy },
      });
    });
  }

  recordOutcome(actorUserId: string, found: Case, id: string, outcome: string, decidedOn: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await this.opinions.recordOutcome(manager, id, outcome, decidedOn);
      await appendAudit(manager, {
        actorUserId,
        actorRole: 'CASE_MANAGER',
        ...auditSubjectOf(found),
        action: 'UPDATE',
        dataClass: 'CASE_BASICS',
        recordId: id,
        detail: { expertOpinionOutcome: true },
      });
    });
  }
}
