import type { ActionPlanVersionChanged, ProblemAnalysisRecorded, ProgrammeIntakeRecorded } from '@terugkeer/events';
import type { EntityManager } from 'typeorm';

/* Keeps every plan version and analysis as last published; the newest state of each wins. */

export async function projectActionPlanVersion(event: ActionPlanVersionChanged, manager: EntityManager): Promise<void> {
  const p = event.payload;
  await manager.query(
    `INSERT INTO action_plan_versions (case_id, version, plan, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (case_id, version) DO UPDATE SET plan = excluded.plan, updated_at = excluded.updated_at
     WHERE action_plan_versions.updated_at <= excluded.updated_at`,
    [p.caseId, p.version, JSON.stringify(p), event.occurredAt],
  );
}

export async function projectProblemAnalysis(event: ProblemAnalysisRecorded, manager: EntityManager): Promise<void> {
  const p = event.payload;
  await manager.query(
    `INSERT INTO problem_analyses (analysis_id, version, case_id, analysis) VALUES ($1, $2, $3, $4)
     ON CONFLICT (analysis_id, version) DO UPDATE SET analysis = excluded.analysis`,
    [p.analysisId, p.version, p.caseId, JSON.stringify(p)],
  );
}

export async function projectProgrammeIntake(event: ProgrammeIntakeRecorded, manager: EntityManager): Promise<void> {
  const p = event.payload;
  await manager.query(
    `INSERT INTO programme_intakes (case_id, fits, reason, recorded_on, updated_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (case_id) DO UPDATE SET fits = excluded.fits, reason = excluded.reason, recorded_on = excluded.recorded_on,
       updated_at = excluded.updated_at
     WHERE programme_intakes.updated_at <= excluded.updated_at`,
    [p.caseId, p.fits, p.reason, p.recordedOn, event.occurredAt],
  );
}
