import type { ActionPlanVersionChangedPayload, ProblemAnalysisRecordedPayload } from '@terugkeer/events';
import type { Queryable } from '@terugkeer/service-kit';

/** The plan versions, problem analyses and programme intakes as last published, for the exports. */
export class CaseDocumentRepository {
  constructor(private readonly db: Queryable) {}

  /** Oldest first. */
  async planVersions(caseId: string): Promise<ActionPlanVersionChangedPayload[]> {
    const rows: { plan: ActionPlanVersionChangedPayload }[] = await this.db.query(`SELECT plan FROM action_plan_versions WHERE case_id = $1 ORDER BY version`, [
      caseId,
    ]);
    return rows.map((row) => row.plan);
  }

  /** The newest version of each analysis. */
  async analyses(caseId: string): Promise<ProblemAnalysisRecordedPayload[]> {
    const rows: { analysis: ProblemAnalysisRecordedPayload }[] = await this.db.query(
      `SELECT DISTINCT ON (analysis_id) analysis FROM problem_analyses WHERE case_id = $1 ORDER BY analysis_id, version DESC`,
      [caseId],
    );
    return rows.map((row) => row.analysis);
  }
}
