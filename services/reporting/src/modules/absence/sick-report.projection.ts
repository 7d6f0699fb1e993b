import type { SickReportRecorded, SickReportRemoved } from '@terugkeer/events';
import type { EntityManager } from 'typeorm';

/** Keeps the newest full state of every sick report. */
export async function projectSickReport(event: SickReportRecorded, manager: EntityManager): Promise<void> {
  const p = event.payload;
  await manager.query(
    `INSERT INTO sick_reports (report_id, case_id, employee_id, organization_id, first_sick_day, recovery_date, intervals, relapse, updated_at, pregnancy_related)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (report_id) DO UPDATE SET case_id = excluded.case_id, first_sick_day = excluded.first_sick_day,
       recovery_date = excluded.recovery_date, intervals = excluded.intervals, relapse = excluded.relapse,
       pregnancy_related = excluded.pregnancy_related, updated_at = excluded.updated_at
     WHERE sick_reports.updated_at <= excluded.updated_at AND NOT sick_reports.removed`,
    [
      p.reportId,
      p.caseId,
      p.employeeId,
      p.organizationId,
      p.firstSickDay,
      p.recoveryDate,
      JSON.stringify(p.intervals),
      p.relapse,
      event.occurredAt,
      p.pregnancyRelated ?? false,
    ],
  );
}

/** A removal is kept as a tombstone, so a late copy of the report cannot revive it. */
export async function projectSickReportRemoval(event: SickReportRemoved, manager: EntityManager): Promise<void> {
  const p = event.payload;
  await manager.query(
    `INSERT INTO sick_reports (report_id, case_id, employee_id, organization_id, first_sick_day, intervals, relapse, removed, updated_at)
     VALUES ($1, $2, '00000000-0000-0000-0000-000000000000', $3, '1970-01-01', '[]', false, true, $4)
     ON CONFLICT (report_id) DO UPDATE SET removed = true, updated_at = greatest(sick_reports.updated_at, excluded.updated_at)`,
    [p.reportId, p.caseId, event.organizationId, event.occurredAt],
  );
}
