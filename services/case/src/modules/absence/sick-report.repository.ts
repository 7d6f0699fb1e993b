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
  const byReport = new Map<string, AbsenceInterval[]>();
  for (const { reportId, from, percentage, therapeutic } of intervals)
    byReport.set(reportId, [...(byReport.get(reportId) ?? []), { from, percentage, therapeutic }]);
  return reports.map((report) => ({ ...report, intervals: byReport.get(report.id) ?? [] }));
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

  /** The reports of many employees (the import), locked like `ofEmployee`'s. */
  async ofEmployees(employeeIds: readonly string[], lock = false): Promise<StoredSickReport[]> {
    const rows = await this.db.query(
      `SELECT ${REPORT_COLUMNS} FROM sick_reports r WHERE r.employee_id = ANY($1) ORDER BY r.employee_id, r.first_sick_day${lock ? ' FOR UPDATE' : ''}`,
      [employeeIds],
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

  /** Many new reports with their intervals in two statements (the import). */
  async insertMany(reports: readonly NewSickReport[], createdBy: string | null): Promise<void> {
    if (!reports.length) return;
    await this.db.query(
      `INSERT INTO sick_reports (id, employee_id, report_number, first_sick_day, recovery_date, contact_details, expected_duration,
         work_to_take_over, occupational_accident, liable_third_party, safety_net, safety_net_ground, created_by)
       SELECT r.*, $12::uuid
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::date[], $6::text[], $7::text[], $8::text[], $9::boolean[], $10::boolean[],
                     $11::boolean[], $13::text[]) AS r`,
      [
        reports.map((r) => r.id),
        reports.map((r) => r.employeeId),
        reports.map((r) => r.reportNumber),
        reports.map((r) => r.firstSickDay),
        reports.map((r) => r.recoveryDate),
        reports.map((r) => r.contactDetails),
        reports.map((r) => r.expectedDuration),
        reports.map((r) => r.workToTakeOver),
        reports.map((r) => r.occupationalAccident),
        reports.map((r) => r.liableThirdParty),
        reports.map((r) => r.safetyNet),
        createdBy,
        reports.map((r) => r.safetyNetGround ?? null),
      ],
    );
    const intervals = reports.flatMap((report) => report.intervals.map((interval) => ({ reportId: report.id, ...interval })));
    await this.db.query(
      `INSERT INTO absence_intervals (report_id, starts_on, percentage, therapeutic)
       SELECT * FROM unnest($1::uuid[], $2::date[], $3::numeric[], $4::boolean[])`,
      [intervals.map((i) => i.reportId), intervals.map((i) => i.from), intervals.map((i) => i.percentage), intervals.map((i) => i.therapeutic)],
    );
  }

  /** Links many reports to their cases in one statement; a report already linked so is left alone. */
  async linkManyToCases(links: readonly { reportId: string; caseId: string }[]): Promise<void> {
    if (!links.length) return;
    await this.db.query(
      // `r.id = ANY($1)` lets the planner find the rows by the primary key; joined to the unnest
      // alone it hashes the whole table, once per batch of an import, while the table grows.
      `UPDATE sick_reports r SET case_id = l.case_id FROM unnest($1::uuid[], $2::uuid[]) AS l(report_id, case_id)
        WHERE r.id = ANY($1::uuid[]) AND r.id = l.report_id AND r.case_id IS DISTINCT FROM l.case_id`,
      [links.map((l) => l.reportId), links.map((l) => l.caseId)],
    );
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
