import type { ProgrammeIntakeRecorded } from '@terugkeer/events';
import { recordEvent } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { appendAudit, auditSubjectOf } from '../audit';
import type { Case } from '../case/case.entity';
import { todayOfCase } from '../case/case-day';
import { ProgrammeIntakeRepository } from './programme-intake.repository';
import type { ProgrammeIntake } from './programme-intake.types';

export class ProgrammeIntakeService {
  private readonly repository = new ProgrammeIntakeRepository();

  constructor(private readonly dataSource: DataSource) {}

  record(coachUserId: string, found: Case, fits: boolean, reason: string | null, at = new Date()): Promise<ProgrammeIntake> {
    const recordedOn = todayOfCase(found, at);
    return this.dataSource.transaction(async (manager) => {
      const id = await this.repository.insert(manager, { caseId: found.id, fits, reason, recordedOn, coachUserId });
      await appendAudit(manager, {
        actorUserId: coachUserId,
        actorRole: 'COACH',
        ...auditSubjectOf(found),
        action: 'CREATE',
        dataClass: 'PROGRAMME_INTAKE',
        recordId: id,
        detail: { fits },
      });
      await recordEvent<ProgrammeIntakeRecorded>(manager, {
        type: 'programme-intake.recorded',
        aggregateId: found.id,
        organizationId: found.organizationId,
        payload: { caseId: found.id, fits, reason, recordedOn },
      });
      return (await this.repository.latest(manager, [found.id]))[0];
    });
  }
}
