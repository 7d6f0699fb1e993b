import { DEFAULT_RETENTION_POLICY, PLATFORM_TIME_ZONE, retentionDecision, todayIn, type IsoDate, type RetentionPolicy } from '@terugkeer/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '../audit';
import { DOSSIER_TABLES, MEDICAL_TABLES } from './retention-tables';

interface CaseRetentionRow {
  caseId: string;
  organizationId: string;
  employeeId: string;
  closedOn: IsoDate | null;
  employmentEndedOn: IsoDate | null;
  ownRiskBearer: boolean;
  legalHold: boolean;
  dossierPurged: boolean;
  dossierYears: number | null;
  ownRiskYears: number | null;
  medicalYears: number | null;
}

export interface RetentionRunSummary {
  runId: string;
  referenceDate: IsoDate;
  dryRun: boolean;
  dossiersPurged: number;
  medicalNotesPurged: number;
  employeesAnonymized: number;
  /** Cases that were due but kept because of a legal hold. */
  heldBack: number;
}

const ANONYMOUS_NAME = 'Geanonimiseerd';

async function casesWithRetentionFacts(manager: EntityManager): Promise<CaseRetentionRow[]> {
  return manager.query(`
    SELECT c.id AS "caseId", c.organization_id AS "organizationId", c.employee_id AS "employeeId",
           CASE WHEN c.status IN ('RECOVERED', 'CLOSED') THEN c.recovery_date END AS "closedOn",
           (SELECT CASE WHEN bool_and(k.end_date IS NOT NULL) THEN max(k.end_date) END
              FROM contracts k WHERE k.employee_id = c.employee_id) AS "employmentEndedOn",
           o.own_risk_bearer AS "ownRiskBearer", c.legal_hold_reason IS NOT NULL AS "legalHold",
           c.dossier_purged_at IS NOT NULL AS "dossierPurged",
           o.retention_dossier_years AS "dossierYears", o.retention_own_risk_years AS "ownRiskYears",
           o.retention_medical_years AS "medicalYears"
      FROM cases c JOIN organizations o ON o.id = c.organization_id`);
}

async function medicalNotesChangedOn(manager: EntityManager, caseId: string): Promise<IsoDate | null> {
  let latest: IsoDate | null = null;
  for (const table of MEDICAL_TABLES) {
    const [row] = await manager.query(`SELECT (max(updated_at) AT TIME ZONE $2)::date::text AS changed FROM ${table} WHERE case_id = $1`, [
      caseId,
      PLATFORM_TIME_ZONE,
    ]);
    if (row?.changed && (!latest || row.changed > latest)) latest = row.changed;
  }
  return latest;
}

function policyOf(row: CaseRetentionRow): RetentionPolicy {
  return {
    dossierYears: row.dossierYears ?? DEFAULT_RETENTION_POLICY.dossierYears,
    ownRiskBearerDossierYears: row.ownRiskYears ?? DEFAULT_RETENTION_POLICY.ownRiskBearerDossierYears,
    medicalNotesYears: row.medicalYears ?? DEFAULT_RETENTION_POLICY.medicalNotesYears,
  };
}

const systemAudit = (row: CaseRetentionRow, action: 'DELETE', detail: Record<string, unknown>) => ({
  actorUserId: null,
  actorRole: 'SYSTEM',
  organizationId: row.organizationId,
  subjectEmployeeId: row.employeeId,
  caseId: row.caseId,
  action,
  dataClass: 'RETENTION' as const,
  recordId: row.caseId,
  detail,
});

/**
 * Deletes what is past its retention period, keeps cases under a legal hold, and
 * anonymizes people whose every dossier is gone and whose employment ended. Cases,
 * sick reports and contracts stay (without names), so absence statistics do not change.
 * One transaction: a failure leaves everything as it was. One run over every organization
 * counts its years to the platform's calendar day.
 */
export async function purgeDueRecords(dataSource: DataSource, options: { now?: Date; dryRun?: boolean } = {}): Promise<RetentionRunSummary> {
  const referenceDate = todayIn(PLATFORM_TIME_ZONE, options.now ?? new Date());
  const dryRun = options.dryRun ?? false;
  return dataSource.transaction(async (manager) => {
    const summary: RetentionRunSummary = {
      runId: randomUUID(),
      referenceDate,
      dryRun,
      dossiersPurged: 0,
      medicalNotesPurged: 0,
      employeesAnonymized: 0,
      heldBack: 0,
    };
    const purgedEmployees = new Set<string>();
    for (const row of await casesWithRetentionFacts(manager)) {
      const facts = {
        caseClosedOn: row.closedOn,
        employmentEndedOn: row.employmentEndedOn,
        ownRiskBearer: row.ownRiskBearer,
        medicalNotesChangedOn: await medicalNotesChangedOn(manager, row.caseId),
        legalHold: false,
      };
      const decision = retentionDecision({ ...facts, legalHold: row.legalHold }, policyOf(row), referenceDate);
      if (row.legalHold && retentionDecision(facts, policyOf(row), referenceDate).purgeDossier && !row.dossierPurged) summary.heldBack += 1;
      if (decision.purgeMedicalNotes) {
        for (const table of MEDICAL_TABLES) {
          const [, deleted] = dryRun ? [null, 0] : await manager.query(`DELETE FROM ${table} WHERE case_id = $1`, [row.caseId]);
          if (deleted) summary.medicalNotesPurged += deleted;
        }
      }
      if (decision.purgeDossier && !row.dossierPurged) {
        summary.dossiersPurged += 1;
        purgedEmployees.add(row.employeeId);
        if (dryRun) continue;
        const removed: Record<string, number> = {};
        for (const entry of DOSSIER_TABLES) {
          const { table, rowsOfCase } = typeof entry === 'string' ? { table: entry, rowsOfCase: 'case_id = $1' } : entry;
          const [, deleted] = await manager.query(`DELETE FROM ${table} WHERE ${rowsOfCase}`, [row.caseId]);
          removed[table] = deleted ?? 0;
        }
        await manager.query(`UPDATE cases SET dossier_purged_at = now() WHERE id = $1`, [row.caseId]);
        await appendAudit(manager, systemAudit(row, 'DELETE', { removed, dueOn: decision.dossierDueOn }));
      }
    }
    for (const employeeId of purgedEmployees) {
      const [{ remaining }] = await manager.query(`SELECT count(*)::int AS remaining FROM cases WHERE employee_id = $1 AND dossier_purged_at IS NULL`, [
        employeeId,
      ]);
      const [{ employed }] = await manager.query(
        `SELECT count(*)::int AS employed FROM contracts WHERE employee_id = $1 AND (end_date IS NULL OR end_date >= $2)`,
        [employeeId, referenceDate],
      );
      if ((remaining > 0 && !dryRun) || employed > 0) continue;
      summary.employeesAnonymized += 1;
      if (dryRun) continue;
      await manager.query(`UPDATE employees SET name = $2, email = NULL, user_id = NULL, anonymized_at = now() WHERE id = $1 AND anonymized_at IS NULL`, [
        employeeId,
        ANONYMOUS_NAME,
      ]);
      await appendAudit(manager, {
        actorUserId: null,
        actorRole: 'SYSTEM',
        organizationId: null,
        subjectEmployeeId: employeeId,
        caseId: null,
        action: 'ANONYMIZE',
        dataClass: 'RETENTION',
        recordId: employeeId,
        detail: { fields: ['name', 'email', 'login'] },
      });
    }
    await manager.query(
      `INSERT INTO retention_runs (id, reference_date, dry_run, dossiers_purged, medical_notes_purged, employees_anonymized, held_back)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [summary.runId, referenceDate, dryRun, summary.dossiersPurged, summary.medicalNotesPurged, summary.employeesAnonymized, summary.heldBack],
    );
    return summary;
  });
}
