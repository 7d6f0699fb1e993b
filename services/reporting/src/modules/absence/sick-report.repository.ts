import type { SickInterval, SickReportFact } from '@terugkeer/domain';
import type { Queryable } from '@terugkeer/service-kit';

export type SickReport = SickReportFact & { caseId: string; relapse: boolean };

/** The newest state of every sick report; a removed one is left out. */
export class SickReportRepository {
  constructor(private readonly db: Queryable) {}

  async ofEmployees(employeeIds: string[]): Promise<SickReport[]> {
    const rows: {
      report_id: string;
      case_id: string;
      employee_id: string;
      first_sick_day: string;
      recovery_date: string | null;
      intervals: SickInterval[];
      relapse: boolean;
      pregnancy_related: boolean;
    }[] = await this.db.query(
      `SELECT report_id, case_id, employee_id, first_sick_day::text, recovery_date::text, intervals, relapse, pregnancy_related
           FROM sick_reports WHERE employee_id = ANY($1::uuid[]) AND NOT removed ORDER BY first_sick_day, report_id`,
      [employeeIds],
    );
    return rows.map((row) => ({
      reportId: row.report_id,
      caseId: row.case_id,
      personId: row.employee_id,
      firstSickDay: row.first_sick_day,
      recoveryDate: row.recovery_date,
      relapse: row.relapse,
      pregnancyRelated: row.pregnancy_related,
      intervals: row.intervals.map((i) => ({ from: i.from, percentage: i.percentage, therapeutic: i.therapeutic })),
    }));
  }

  async employeeOf(reportId: string): Promise<string | null> {
    const [row]: { employee_id: string }[] = await this.db.query(`SELECT employee_id FROM sick_reports WHERE report_id = $1`, [reportId]);
    return row?.employee_id ?? null;
  }

  /** The case's reports, oldest first, as the progress report prints them. */
  ofCase(caseId: string): Promise<{ firstSickDay: string; recoveryDate: string | null; relapse: boolean; intervals: SickInterval[] }[]> {
    return this.db.query(
      `SELECT first_sick_day::text AS "firstSickDay", recovery_date::text AS "recoveryDate", relapse, intervals
         FROM sick_reports WHERE case_id = $1 AND NOT removed ORDER BY first_sick_day`,
      [caseId],
    );
  }
}
