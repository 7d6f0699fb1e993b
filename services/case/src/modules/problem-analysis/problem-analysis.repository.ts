import { required, type AdvisedBuildUp } from '@terugkeer/domain';
import { randomUUID } from 'node:crypto';
import type { Queryable } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import type { ProblemAnalysis, ProblemAnalysisOccasion } from './problem-analysis.types';
import { DirectoryRepository } from '../directory/directory.repository';

interface Row {
  id: string;
  caseId: string;
  version: number;
  occasion: ProblemAnalysisOccasion;
  recordedOn: string;
  recordedBy: string;
  possibilities: string[];
  limitations: string[];
  expectedDuration: string | null;
  advice: string;
  maxHoursPerWeek: string | null;
  maxIncreasePerWeek: string | null;
  employeeNeeds: string | null;
}

export interface NewProblemAnalysis {
  caseId: string;
  version: number;
  occasion: ProblemAnalysisOccasion;
  recordedOn: string;
  possibilities: string[];
  limitations: string[];
  expectedDuration: string | null;
  advice: string;
  employeeNeeds: string | null;
  advisedBuildUp: AdvisedBuildUp | null;
  recordedBy: string;
}

const hoursOrNull = (value: string | null) => (value === null ? null : Number(value));

const toAnalysis = ({
  possibilities,
  limitations,
  expectedDuration,
  advice,
  employeeNeeds,
  maxHoursPerWeek,
  maxIncreasePerWeek,
  ...row
}: Row): ProblemAnalysis => ({
  ...row,
  capabilityProfile: {
    possibilities,
    limitations,
    expectedDuration,
    advice,
    employeeNeeds,
    advisedBuildUp:
      maxHoursPerWeek === null && maxIncreasePerWeek === null
        ? null
        : { maxHoursPerWeek: hoursOrNull(maxHoursPerWeek), maxIncreasePerWeek: hoursOrNull(maxIncreasePerWeek) },
    version: row.version,
    recordedOn: row.recordedOn,
  },
});

export class ProblemAnalysisRepository {
  /** Every version per case, oldest first. */
  async analyses(db: Queryable, caseIds: readonly string[]): Promise<ProblemAnalysis[]> {
    const rows: Row[] = await db.query(
      `SELECT a.id, a.case_id AS "caseId", a.version, a.occasion, a.recorded_on::text AS "recordedOn", a.recorded_by AS "recordedBy",
              a.possibilities, a.limitations, a.expected_duration AS "expectedDuration", a.advice,
              a.advised_max_hours_per_week AS "maxHoursPerWeek", a.advised_max_increase_per_week AS "maxIncreasePerWeek",
              a.employee_needs AS "employeeNeeds"
         FROM problem_analyses a
        WHERE a.case_id = ANY($1) ORDER BY a.case_id, a.version`,
      [caseIds],
    );
    // recorded_by holds the doctor's user id; the reader sees their name, from the directory.
    const names = await new DirectoryRepository().userNameMap(
      db,
      rows.map((row) => row.recordedBy),
    );
    return rows.map((row) => toAnalysis({ ...row, recordedBy: required(names.get(row.recordedBy), `the name of user ${row.recordedBy}`) }));
  }

  async latestVersion(manager: EntityManager, caseId: string): Promise<number> {
    const [row] = await manager.query(`SELECT coalesce(max(version), 0) AS latest FROM problem_analyses WHERE case_id = $1`, [caseId]);
    return Number(row.latest);
  }

  /** Null when a concurrent update took this version number first (the unique key decides). */
  async insert(manager: EntityManager, analysis: NewProblemAnalysis): Promise<string | null> {
    const id = randomUUID();
    const rows = await manager.query(
      `INSERT INTO problem_analyses (id, case_id, version, occasion, recorded_on, possibilities, limitations, expected_duration, advice, recorded_by,
                                     advised_max_hours_per_week, advised_max_increase_per_week, employee_needs)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (case_id, version) DO NOTHING RETURNING id`,
      [
        id,
        analysis.caseId,
        analysis.version,
        analysis.occasion,
        analysis.recordedOn,
        JSON.stringify(analysis.possibilities),
        JSON.stringify(analysis.limitations),
        analysis.expectedDuration,
        analysis.advice,
        analysis.recordedBy,
        analysis.advisedBuildUp?.maxHoursPerWeek ?? null,
        analysis.advisedBuildUp?.maxIncreasePerWeek ?? null,
        analysis.employeeNeeds,
      ],
    );
    return rows.length ? id : null;
  }
}
