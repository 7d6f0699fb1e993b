import type { SessionReportChangedPayload } from '@terugkeer/events';
import type { Queryable } from '@terugkeer/service-kit';

/** Links a session report to the appointment it is about, when that appointment is of the report's case. */
export async function linkSessionReport(db: Queryable, report: SessionReportChangedPayload): Promise<void> {
  if (!report.appointmentId) return;
  await db.query(`UPDATE appointments SET session_report_id = $2 WHERE id = $1 AND case_id = $3`, [report.appointmentId, report.reportId, report.caseId]);
}
