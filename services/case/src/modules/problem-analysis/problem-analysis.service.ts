import { required, violationReason, type AdvisedBuildUp } from '@terugkeer/domain';
import type { ProblemAnalysisRecorded } from '@terugkeer/events';
import { badInput, conflict, recordEvent, type Queryable } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { appendAudit, auditSubjectOf } from '../audit';
import type { Case } from '../case/case.entity';
import { recordMilestoneFulfilment } from '../timeline/milestone-fulfilment';
import { ProblemAnalysisRepository } from './problem-analysis.repository';
import { occasionOf, type CapabilityProfileText } from './problem-analysis.rules';
import type { ProblemAnalysis, ProblemAnalysisOccasion } from './problem-analysis.types';

export interface ProblemAnalysisRecord extends CapabilityProfileText {
  expectedVersion: number;
  occasion: ProblemAnalysisOccasion | null;
  recordedOn: string;
  advisedBuildUp: AdvisedBuildUp | null;
}

/** Each analysis is a new version; the first fulfils the PROBLEM_ANALYSIS milestone. */
export class ProblemAnalysisService {
  private readonly repository = new ProblemAnalysisRepository();

  constructor(private readonly dataSource: DataSource) {}

  analyses(caseIds: readonly string[]) {
    return this.repository.analyses(this.dataSource, caseIds);
  }

  record(doctorUserId: string, found: Case, record: ProblemAnalysisRecord, detail: Record<string, unknown> = {}): Promise<ProblemAnalysis> {
    return this.dataSource.transaction(async (manager) => {
      const latest = await this.repository.latestVersion(manager, found.id);
      if (record.expectedVersion !== latest) throw conflict('ProblemAnalysis', latest);
      const occasion = occasionOf(latest, record.occasion);
      if (typeof occasion !== 'string') throw badInput(occasion.field, violationReason(occasion));
      const version = latest + 1;
      const { possibilities, limitations, expectedDuration, advice, employeeNeeds, recordedOn, advisedBuildUp } = record;
      const id = await this.repository.insert(manager, {
        caseId: found.id,
        version,
        occasion,
        recordedOn,
        possibilities,
        limitations,
        expectedDuration,
        advice,
        advisedBuildUp,
        employeeNeeds,
        recordedBy: doctorUserId,
      });
      if (!id) throw conflict('ProblemAnalysis', version);
      if (version === 1) {
        await recordMilestoneFulfilment(manager, {
          caseId: found.id,
          key: 'PROBLEM_ANALYSIS',
          fulfilledOn: recordedOn,
          source: 'problem-analysis',
          recordId: id,
        });
      }
      await appendAudit(manager, {
        actorUserId: doctorUserId,
        actorRole: 'COMPANY_DOCTOR',
        ...auditSubjectOf(found),
        action: 'CREATE',
        dataClass: 'CAPABILITY_PROFILE',
        recordId: id,
        detail: { version, occasion, ...detail },
      });
      await recordEvent<ProblemAnalysisRecorded>(manager, {
        type: 'problem-analysis.recorded',
        aggregateId: found.id,
        organizationId: found.organizationId,
        payload: { caseId: found.id, analysisId: id, version, recordedOn, possibilities, limitations, expectedDuration, advice, advisedBuildUp },
      });
      return required((await this.repository.analyses(manager, [found.id])).at(-1), 'the problem analysis just recorded');
    });
  }

  /** The build-up the latest analysis advises; null when there is none. */
  async advisedBuildUp(db: Queryable, caseId: string): Promise<AdvisedBuildUp | null> {
    return (await this.repository.analyses(db, [caseId])).at(-1)?.capabilityProfile.advisedBuildUp ?? null;
  }
}
