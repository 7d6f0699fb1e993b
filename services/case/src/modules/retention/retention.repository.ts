import { PLATFORM_TIME_ZONE, type IsoDate } from '@terugkeer/domain';
import type { Queryable } from '@terugkeer/service-kit';
import type { RetentionRunSummary } from './retention.service';

/**
 * The SQL of retention: its own runs, and the purge of the tables other modules listed in
 * retention-tables.ts, which hand their case data over to the purge by listing them there.
 */
export class RetentionRepository {
  /** The calendar day (platform time) a case's rows in `table` last changed. */
  async changedOn(db: Queryable, table: string, caseId: string): Promise<IsoDate | null> {
    const [row] = await db.query(`SELECT (max(updated_at) AT TIME ZONE $2)::date::text AS changed FROM ${table} WHERE case_id = $1`, [
      caseId,
      PLATFORM_TIME_ZONE,
    ]);
    return row?.changed ?? null;
  }

  /** Deletes the rows of one case; `rowsOfCase` finds them with the case id as $1. Returns how many went. */
  async deleteRowsOfCase(db: Queryable, table: string, caseId: string, rowsOfCase = 'case_id = $1'): Promise<number> {
    const [, deleted] = await db.query(`DELETE FROM ${table} WHERE ${rowsOfCase}`, [caseId]);
    return deleted ?? 0;
  }

  async insertRun(db: Queryable, summary: RetentionRunSummary): Promise<void> {
    await db.query(
      `INSERT INTO retention_runs (id, reference_date, dry_run, dossiers_purged, medical_notes_purged, employees_anonymized, held_back)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [summary.runId, summary.referenceDate, summary.dryRun, summary.dossiersPurged, summary.medicalNotesPurged, summary.employeesAnonymized, summary.heldBack],
    );
  }
}
