import type { AbsenceInterval, SickReport } from '@terugkeer/domain';
import type { Queryable } from '@terugkeer/service-kit';

/** A sick report as stored, with the employer-side facts beside the absence itself. */
export interface StoredSickReport extends SickReport {
  employeeId: string;
  caseId: string | null;
  reportNumber: string | null;
  contactDetails: string | null;
  expectedDuration: string | null;
  workToTakeOver: string | null;
  occupationalAccident: boolean;
  liableThirdParty: boolean;
  safetyNet: boolean;
  version: number;
}

export type NewSickReport = Omit<StoredSickReport, 'caseId' | 'version'>;

const REPORT_COLUMNS = `r.id, r.employee_id AS "employeeId", r.case_id AS "caseId", r.report_number AS "reportNumber",
  r.first_sick_day AS "firstSickDay", r.recovery_date AS "recoveryDate", r.contact_details AS "contactDetails",
  r.expected_duration AS "expectedDuration", r.work_to_take_over AS "workToTakeOver",
  r.occupational_accident AS "occupationalAccident", r.liable_third_party AS "liableThirdParty",
  r.safety_net AS "safetyNet", r.safety_net_ground AS "safetyNetGround", r.version`;

async function withIntervals(db: Queryable, reports: Omit<StoredSickReport, 'intervals'>[]): Promise<StoredSickReport[]> {
  if (!reports.length) return [];
  const intervals: (AbsenceInterval & { reportId: string })[] = await db.query(
    `SELECT report_id AS "reportId", starts_on AS "from", percentage::float AS percentage, therapeutic
       FROM absence_intervals WHERE report_id = ANY($1) ORDER BY starts_on`,
    [reports.map((r) => r.id)],
  );
  return reports.map((report) => ({
    ...report,
    intervals: intervals.filter((i) => i.reportId === report.id).map(({ from, percentage, therapeutic }) => ({ from, percentage, therapeutic })),
  }));
}

export class SickReportRepository {
  constructor(private readonly db: Queryable) {}

  async ofEmployee(employeeId: string, lock = false): Promise<StoredSickReport[]> {
    const rows = await this.db.query(
      `SELECT ${REPORT_COLUMNS} FROM sick_reports r WHERE r.employee_id = $1 ORDER BY r.first_sick_day${lock ? ' FOR UPDATE' : ''}`,
      [employeeId],
    );
    return withIntervals(this.db, rows);
  }

  async ofCases(caseIds: readonly string[]): Promise<StoredSickReport[]> {
    const rows = await this.db.query(`SELECT ${REPORT_COLUMNS} FROM sick_reports r WHERE r.case_id = ANY($1) ORDER BY r.first_sick_day`, [caseIds]);
    return withIntervals(this.db, rows);
  }

  async byId(id: string): Promise<StoredSickReport | null> {
    const rows = await this.db.query(`SELECT ${REPORT_COLUMNS} FROM sick_reports r WHERE r.id = $1`, [id]);
    return (await withIntervals(this.db, rows))[0] ?? null;
  }

  async insert(report: NewSickReport, createdBy: string | null): Promise<void> {
    await this.db.query(
      `INSERT INTO sick_reports (id, employee_id, report_number, first_sick_day, recovery_date, contact_details, expected_duration,
         work_to_take_over, occupational_accident, liable_third_party, safety_net, safety_net_ground, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        report.id,
        report.employeeId,
        report.reportNumber,
        report.firstSickDay,
        report.recoveryDate,
        report.contactDetails,
        report.expectedDuration,
        report.workToTakeOver,
        report.occupationalAccident,
        report.liableThirdParty,
        report.safetyNet,
        report.safetyNetGround ?? null,
        createdBy,
      ],
    );
    await this.replaceIntervals(report.id, report.intervals);
  }

  /** Rewrites a report's absence (intervals, recovery) if it is still at `expectedVersion`; false when it moved on. */
  async updateAbsence(
    id: string,
    expectedVersion: number,
    change: { intervals: AbsenceInterval[]; recoveryDate: string | null; firstSickDay: string },
  ): Promise<boolean> {
    const [rows] = await this.db.query(
      `UPDATE sick_reports SET first_sick_day = $3, recovery_date = $4, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`,
      [id, expectedVersion, change.firstSickDay, change.recoveryDate],
    );
    if (!rows.length) return false;
    await this.replaceIntervals(id, change.intervals);
    return true;
  }

  async linkToCase(reportId: string, caseId: string): Promise<void> {
    await this.db.query(`UPDATE sick_reports SET case_id = $2 WHERE id = $1 AND case_id IS DISTINCT FROM $2`, [reportId, caseId]);
  }

  private async replaceIntervals(reportId: string, intervals: AbsenceInterval[]): Promise<void> {
    await this.db.query(`DELETE FROM absence_intervals WHERE report_id = $1`, [reportId]);
    for (const interval of intervals) {
      await this.db.query(`INSERT INTO absence_intervals (report_id, starts_on, percentage, therapeutic) VALUES ($1, $2, $3, $4)`, [
        reportId,
        interval.from,
        interval.percentage,
        interval.therapeutic,
      ]);
    }
  }
}
