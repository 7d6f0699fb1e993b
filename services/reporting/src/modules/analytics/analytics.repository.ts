import type { IsoDate } from '@terugkeer/domain';
import type { DataSource } from 'typeorm';

export interface MilestoneFact {
  caseId: string;
  dueDate: IsoDate;
  status: string;
  onTime: boolean | null;
}

export interface ProgrammeFact {
  caseId: string;
  startDate: IsoDate;
  status: string;
}

/** The case-level facts the analytics aggregate (milestones, programmes); never handed out one by one. */
export class AnalyticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async milestones(caseIds: string[]): Promise<MilestoneFact[]> {
    const rows: { case_id: string; milestones: { dueDate: IsoDate; status: string; onTime: boolean | null }[] }[] = await this.dataSource.query(
      `SELECT case_id, milestones FROM case_timelines WHERE case_id = ANY($1::uuid[])`,
      [caseIds],
    );
    return rows.flatMap((row) => row.milestones.map((m) => ({ caseId: row.case_id, dueDate: m.dueDate, status: m.status, onTime: m.onTime })));
  }

  async programmes(caseIds: string[]): Promise<ProgrammeFact[]> {
    return this.dataSource.query(
      `SELECT case_id AS "caseId", start_date::text AS "startDate", status FROM programmes WHERE case_id = ANY($1::uuid[]) ORDER BY start_date, programme_id`,
      [caseIds],
    );
  }
}
